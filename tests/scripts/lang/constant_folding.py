# Expressions of constants, which the compiler folds (as CPython's AST
# optimizer does) or leaves to run time when they fail or grow large.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(-1, - -5, +3, ~True, ~5, not 0, not 'x', -0.0, -(0), -2 ** 63, 2 ** -1)
print(1 + 2 * 3, (1 + 2) * 3, 7 // 2, 7 % 3, -7 // 2, 7.5 % 2, 2 ** 10, 1 << 100)
print(0xff & 0x0f, 0xf0 | 0x0f, 0xff ^ 0x0f, 1024 >> 3, 10 / 4, 3 - 5j, (1 + 2j) * 1j)
print('ab' + 'cd', 'ab' * 3, 3 * 'x', b'a' * 4, (1, 2) * 2, 2 * (3,), (1, 2) + (3,))
print('%s-%d' % ('a', 3), b'%d' % 5, 'abc'[1], 'abc'[-1], (1, 2, 3)[1], b'xyz'[0])
print(((1, 2), (3, -4)), (-1, (-2, ('a' * 2,))), ((),), (1, (2, (3, (4,)))))
print(len('x' * 5000), len((1,) * 300), len(b'y' * 4097), 2 ** 200 > 10 ** 60)
print((1 << 127).bit_length(), (1 << 129).bit_length(), (3 ** 100) % 7)
print(True + True, True * 'ab', False * (1,), 2 ** True, 1 << False)
show(lambda: 1 / 0)
show(lambda: 1 // 0)
show(lambda: 1 % 0)
show(lambda: 1 << -1)
show(lambda: (1, 2)[5])
show(lambda: 'abc'[10])
show(lambda: 'abc'['x'])
show(lambda: 2.0 ** 10000)
show(lambda: -1 ** 0.5)
show(lambda: (-1) ** 0.5)
show(lambda: 'a' + 1)
show(lambda: [1] * 2)
show(lambda: 'x' * -1)
show(lambda: (1,) * -3)
show(lambda: 1 @ 2)
show(lambda: ~1.5)
show(lambda: -'a')
show(lambda: None + 1)
show(lambda: 10 ** 50 * 10 ** 50)
x = 3
print(x + 1 + 2, 1 + 2 + x, (x, 1 + 1), (1 + 1, x), [1 + 1, 2 * 3, -x], {-1, -2, -3})
def f():
    return (1 + 1, 'a' * 2, -5)
print(f(), f() is f())
