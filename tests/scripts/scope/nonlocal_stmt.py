# nonlocal declarations.
def outer():
    x = 0
    def inc():
        nonlocal x
        x += 1
    inc(); inc()
    return x
print(outer())
def two_levels():
    v = 'a'
    def mid():
        def inner():
            nonlocal v
            v = v + 'c'
        inner()
        return v
    return mid(), v
print(two_levels())
def middle_binding():
    v = 'outer'
    def mid():
        v = 'mid'
        def inner():
            nonlocal v
            v = 'changed by inner'
        inner()
        return v
    return mid(), v
print(middle_binding())
def counter_pair():
    n = 0
    def get(): return n
    def put(val):
        nonlocal n
        n = val
    return get, put
g, p = counter_pair()
p(42)
print(g())
def multi():
    a = b = 0
    def f():
        nonlocal a, b
        a, b = 1, 2
    f()
    return a, b
print(multi())
