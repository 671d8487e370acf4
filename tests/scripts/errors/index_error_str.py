print('abc'[10])
