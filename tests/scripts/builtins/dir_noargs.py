# dir() without arguments lists the current scope, sorted.
import sys
x_var = 1
def f(a):
    b = 2
    return dir()
print(f(1))
names = dir()
print(names == sorted(names), 'x_var' in names, 'f' in names, 'sys' in names)
class C:
    z = 1
    inner = dir()
print([n for n in C.inner if not n.startswith('__')])
