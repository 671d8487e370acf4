# Decorators: plain, with arguments, stacked, on classes.
def trace(f):
    def wrapper(*a, **k):
        print('call', f.__name__, a, k)
        return f(*a, **k)
    return wrapper
@trace
def add(a, b):
    return a + b
print(add(1, b=2), add.__name__)
def repeat(n):
    def deco(f):
        def w(*a):
            return [f(*a) for _ in range(n)]
        return w
    return deco
@repeat(3)
def hello(x):
    return 'hi ' + x
print(hello('bob'))
def tag(t):
    def deco(f):
        def w():
            return '<' + t + '>' + f() + '</' + t + '>'
        return w
    return deco
@tag('b')
@tag('i')
def text():
    return 'x'
print(text())
order = []
def d1(f):
    order.append('d1')
    return f
def d2(f):
    order.append('d2')
    return f
@d1
@d2
def g(): pass
print(order)
registry = []
def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls
@register
class K: pass
print(registry, K.registered)
@lambda f: 42
def replaced(): pass
print(replaced)
class Holder:
    items = [lambda f: 'first', lambda f: 'second']
@Holder.items[1]
def expr_deco(): pass
print(expr_deco)
