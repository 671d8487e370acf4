# NameError inside a function, several frames deep.
def a():
    return b()
def b():
    return c()
def c():
    return missing_global + 1
print('start')
a()
