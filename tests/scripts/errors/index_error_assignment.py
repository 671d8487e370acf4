lst = []
lst[0] = 1
