# Comparisons, chained comparisons evaluate each operand once.
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1.0 == True)
print(1 <= 1 >= 0 != 5, 'a' < 'b' < 'c', [1, 2] < [1, 3], (1, 2) < (1, 2, 0))
calls = []
def f(v):
    calls.append(v)
    return v
print(f(1) < f(2) < f(3), calls)
calls.clear()
print(f(3) < f(2) < f(1), calls)
print(1 < 2 > 1, 5 > 4 == 4)
print('abc' == 'abc', 'abc' != 'abd', [1] == [1], [] is [])
print(2 ** 70 > 2 ** 69, -2 ** 70 < 0, 1.5 < 2 < 2.5)
x = 5
print(0 < x < 10, not 0 < x < 10)
