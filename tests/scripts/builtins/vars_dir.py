# vars() and dir() (stable filtered subsets).
class C:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = 2
    def meth(self): pass
c = C()
print(vars(c), sorted(k for k in vars(C) if not k.startswith('__')))
print([n for n in dir(c) if not n.startswith('__')])
print('append' in dir([]), 'upper' in dir(''), '__len__' in dir(()), 'keys' in dir({}))
print(dir(C) == sorted(dir(C)))
try:
    vars(5)
except TypeError as e:
    print(e)
def f():
    local_a = 1
    local_b = 2
    return sorted(dir())
print(f())
import sys
print('argv' in dir(sys), 'path' in vars(sys))
