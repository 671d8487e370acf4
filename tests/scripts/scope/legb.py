# LEGB lookup order.
x = 'global'
def outer():
    x = 'enclosing'
    def inner():
        x = 'local'
        return x
    def inner2():
        return x
    return inner(), inner2()
print(outer(), x)
def uses_builtin():
    return len('abc')
print(uses_builtin())
len = lambda s: 'global len'
print(uses_builtin())
del len
print(uses_builtin())
def shadow_builtin():
    print = 'local print'
    return print
print(shadow_builtin())
