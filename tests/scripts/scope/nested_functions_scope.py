# Deeply nested scopes.
def a():
    va = 'a'
    def b():
        vb = 'b'
        def c():
            vc = 'c'
            def d():
                return va + vb + vc
            return d()
        return c()
    return b()
print(a())
def counter_factory():
    count = 0
    def make_incr(step):
        def incr():
            nonlocal count
            count += step
            return count
        return incr
    return make_incr
mk = counter_factory()
i1, i5 = mk(1), mk(5)
print(i1(), i5(), i1())
