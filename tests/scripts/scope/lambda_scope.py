# Lambdas close over enclosing scopes like defs.
def outer(n):
    return lambda x: lambda y: n + x + y
print(outer(1)(2)(3))
x = 'global'
f = lambda: x
x = 'changed'
print(f())
def default_captures():
    y = 1
    g = lambda y=y: y
    y = 2
    return g(), (lambda: y)()
print(default_captures())
