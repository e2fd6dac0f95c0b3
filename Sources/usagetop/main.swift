print("usagetop")
