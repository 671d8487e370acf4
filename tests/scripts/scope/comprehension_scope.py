# Comprehensions have their own scope.
i = 'unchanged'
squares = [i * i for i in range(4)]
print(i, squares)
def f():
    n = 3
    return [n * k for k in range(n)], {k: n for k in 'ab'}, list(n + k for k in range(2))
print(f())
def nested():
    return [[(x, y) for y in range(x)] for x in range(3)]
print(nested())
def closure_in_comp():
    fs = [lambda: k for k in range(3)]
    return [f() for f in fs]
print(closure_in_comp())
x = 10
print([x for _ in range(2)], [[x for _ in range(1)] for x in range(2)])
def walrus_leak():
    [y := v for v in range(3)]
    return y
print(walrus_leak())
