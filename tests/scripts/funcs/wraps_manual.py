# Decorator copying metadata by hand.
def deco(f):
    def w(*a, **k):
        return f(*a, **k)
    w.__name__ = f.__name__
    w.__qualname__ = f.__qualname__
    w.__doc__ = f.__doc__
    w.__wrapped__ = f
    return w
@deco
def target(x):
    "target doc"
    return x * 3
print(target(2), target.__name__, target.__qualname__, target.__doc__, target.__wrapped__(1))
