print(int('9', 8))
