# Generator functions bind arguments at call time, errors before the first next.
def gen(a, b=2, *rest):
    yield a
    yield b
    yield rest
print(list(gen(1)), list(gen(1, 3, 4, 5)))
try:
    gen()
except TypeError as e:
    print(e)
def defaults(x=[]):
    x.append(1)
    yield len(x)
print(next(defaults()), next(defaults()))
