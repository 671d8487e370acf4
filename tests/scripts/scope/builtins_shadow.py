# Shadowing builtins locally and globally.
def f():
    list = [1, 2]
    return list
print(f(), list('ab'))
def g():
    return max([1, 3])
max = lambda seq: 'shadowed max'
print(g())
del max
print(g())
class C:
    str = 'class-level str'
    def m(self):
        return str(5)
print(C().m(), C.str)
