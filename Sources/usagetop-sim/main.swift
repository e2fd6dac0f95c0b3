print("usagetop-sim")
