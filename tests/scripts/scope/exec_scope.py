# Names defined at module level are globals of functions defined there.
def f():
    return later_defined()
def later_defined():
    return 'resolved at call time'
print(f())
def g():
    return [name for name in ('f', 'g', 'missing') if name in globals()]
print(g())
