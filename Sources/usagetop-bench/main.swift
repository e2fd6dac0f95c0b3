print("usagetop-bench")
