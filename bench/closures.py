# Closures: making and calling them, nonlocal updates, higher-order code.
def make_adder(k):
    def add(x):
        return x + k
    return add


def make_counter():
    n = 0

    def step():
        nonlocal n
        n += 1
        return n
    return step


def compose(f, g):
    return lambda x: f(g(x))


total = 0
for i in range(200000):
    f = compose(make_adder(i % 5), make_adder(3))
    total += f(i)
c = make_counter()
for _ in range(300000):
    c()
print(total, c())
