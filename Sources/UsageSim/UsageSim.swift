// UsageSim
