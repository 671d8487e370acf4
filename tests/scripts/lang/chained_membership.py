# Chained comparisons mixing in/is/not in.
a = [1, 2]
print(1 in a in [a], 3 not in a is not None, a is a == [1, 2], 1 < 2 in [2])
x = None
print(x is None is not False, 0 == False in [False])
