# Class scope is not visible in methods.
x = 'global x'
class C:
    x = 'class x'
    y = x + '!'
    def method(self):
        return x
    def method2(self):
        return self.x, C.x
    lam = lambda self: x
print(C.y, C().method(), C().method2(), C().lam())
def f():
    v = 'function v'
    class D:
        v = 'class v'
        def m(self):
            return v
        w = v
    return D().m(), D.w
print(f())
class E:
    items = [1, 2]
    total = sum(items)
    try:
        nope = [items for _ in range(1)]
    except NameError as e:
        msg = str(e)
print(E.total, E.msg)
