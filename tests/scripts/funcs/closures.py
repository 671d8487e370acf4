# Closures, cells, late binding.
def outer():
    x = 1
    def inner():
        return x
    x = 2
    return inner
print(outer()())
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def make_counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(), c2())
def adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders()])
def shared():
    v = []
    def add(x): v.append(x)
    def get(): return v
    return add, get
add, get = shared()
add(1); add(2)
print(get())
print(outer().__closure__ is not None, len(c1.__closure__), (lambda: 0).__closure__)
print(c1.__closure__[0].cell_contents)
