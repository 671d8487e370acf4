# Closures capture variables, not values.
def make():
    funcs = []
    for i in range(3):
        def f():
            return i
        funcs.append(f)
    i = 'rebound'
    return funcs
print([f() for f in make()])
def make_fixed():
    funcs = []
    for i in range(3):
        def f(i=i):
            return i
        funcs.append(f)
    return funcs
print([f() for f in make_fixed()])
def factory():
    def builder(n):
        return lambda: n
    return [builder(i) for i in range(3)]
print([f() for f in factory()])
def modify_after():
    v = 1
    get = lambda: v
    v = 2
    return get()
print(modify_after())
