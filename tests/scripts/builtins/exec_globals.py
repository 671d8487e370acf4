# exec/eval with explicit globals and locals; builtins available.
g = {}
exec('import sys\nresult = len([1, 2, 3])', g)
print(g['result'], 'sys' in g, '__builtins__' in g)
l = {}
exec('a = 1\nb = a + 1', {}, l)
print(l)
print(eval('max(x, y)', {'x': 3, 'y': 7}))
def f():
    loc = 5
    return eval('loc * 2')
print(f())
try:
    exec('raise ValueError("inside exec")')
except ValueError as e:
    print('caught', e)
