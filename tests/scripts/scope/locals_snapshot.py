# locals() in a function is a snapshot; writing to it does not create variables.
def f():
    a = 1
    snap = locals()
    snap['b'] = 2
    a = 10
    try:
        b
    except NameError as e:
        print(type(e).__name__, e)
    return sorted(snap), snap['a']
print(f())
def g(x):
    y = x + 1
    return sorted(locals().items())
print(g(1))
