def f():
    try:
        [][0]
    except IndexError:
        print('logging and re-raising')
        raise
f()
