def f():
    pass
f()['key']
