# Arithmetic operators on ints and floats.
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, -a, +a)
x, y = 7.5, 2.0
print(x + y, x - y, x * y, x / y, x // y, x % y, x ** y)
print(-7.5 // 2, -7.5 % 2, 7.5 % -2)
print(2 ** -1, 2 ** 0, 0 ** 0, (-2) ** 3, -2 ** 2, 2 ** 3 ** 2)
print(1 + 2 * 3 - 4 / 2, (1 + 2) * 3)
print(3 * 'ab', [0] * 3, 'ab' * 0, (1, 2) * 2, 2 * [1])
print('a' + 'b', [1] + [2], (1,) + (2,))
print(10 - -3, 10 + -3, - - 4, ~5, ~-1)
print(True + 1, 1 + 1.5, 3 / 1.5)
