# int(), float(), operator dunders and subclasses: the conversion protocols.
def show(label, f):
    try:
        r = f()
        print(label, '->', repr(r), type(r).__name__)
    except Exception as e:
        print(label, '->', type(e).__name__, e)

class WithInt:
    def __int__(self): return 42
class BadInt:
    def __int__(self): return 'x'
class WithIndex:
    def __index__(self): return 7
class BigIndex:
    def __index__(self): return 2**70
class WithTrunc:
    def __trunc__(self): return WithIndex()
class BadTrunc:
    def __trunc__(self): return 2.5
class WithFloat:
    def __float__(self): return 2.5
class BadFloat:
    def __float__(self): return 1

for cls in (WithInt, BadInt, WithIndex, BigIndex, WithTrunc, BadTrunc, WithFloat, BadFloat):
    o = cls()
    show(cls.__name__ + ' int', lambda: int(o))
    show(cls.__name__ + ' float', lambda: float(o))
    show(cls.__name__ + ' complex', lambda: complex(o))
    show(cls.__name__ + ' hex', lambda: hex(o))
    show(cls.__name__ + ' list[]', lambda: [1, 2, 3, 4, 5, 6, 7, 8][o])

class MyInt(int):
    def __repr__(self): return 'MyInt(%d)' % int(self)
m = MyInt(5)
show('MyInt', lambda: m)
show('MyInt +', lambda: m + 1)
show('MyInt radd', lambda: 1 + m)
show('MyInt neg', lambda: -m)
show('MyInt pos', lambda: +m)
show('MyInt abs', lambda: abs(MyInt(-3)))
show('MyInt str', lambda: str(m))
show('MyInt int', lambda: int(m))
show('MyInt eq', lambda: m == 5)
show('MyInt hash', lambda: hash(m) == hash(5))
show('MyInt big', lambda: MyInt(2**100) * 2)
show('MyInt base', lambda: MyInt('ff', 16))
show('MyInt zero', lambda: MyInt())
show('MyInt from_bytes', lambda: MyInt.from_bytes(b'\x01\x00', 'big'))
show('MyInt bool', lambda: bool(MyInt(0)))
show('MyInt index', lambda: [10, 20, 30][MyInt(1)])
show('MyInt format', lambda: format(MyInt(255), 'x'))
show('MyInt fstring', lambda: f'{MyInt(7)}')
show('MyInt shift', lambda: MyInt(1) << 70)
show('MyInt attr', lambda: (setattr(m, 'tag', 'yes'), m.tag)[1])
show('isinstance', lambda: isinstance(m, int))

class Meters(float):
    def __repr__(self): return '%sm' % float.__repr__(self)
x = Meters(2.5)
show('Meters', lambda: x)
show('Meters add', lambda: x + 1)
show('Meters str', lambda: str(x))
show('Meters float', lambda: float(x))
show('Meters round', lambda: round(x))
show('Meters parse', lambda: Meters('1e3'))
show('Meters fromhex', lambda: Meters.fromhex('0x1p3'))
show('Meters hash', lambda: hash(x) == hash(2.5))
show('Meters eq', lambda: x == 2.5)
show('Meters lt', lambda: x < 3)
show('Meters format', lambda: format(x, '.3f'))
show('Meters is_integer', lambda: Meters(3.0).is_integer())

class C(complex):
    pass
show('C', lambda: C(1, 2))
show('C add', lambda: C(1, 2) + 1)
show('C real', lambda: C(1, 2).real)

class Num:
    def __add__(self, o): return 'add'
    def __radd__(self, o): return 'radd'
    def __rsub__(self, o): return 'rsub'
    def __rpow__(self, o, m=None): return 'rpow'
    def __rdivmod__(self, o): return 'rdivmod'
    def __round__(self, n=None): return ('round', n)
    def __abs__(self): return 'abs'
    def __floor__(self): return 'floor'
n = Num()
show('1 + n', lambda: 1 + n)
show('n + 1', lambda: n + 1)
show('1.5 - n', lambda: 1.5 - n)
show('2 ** n', lambda: 2 ** n)
show('pow(2, n)', lambda: pow(2, n))
show('pow(2, n, 3)', lambda: pow(2, n, 3))
show('divmod(1, n)', lambda: divmod(1, n))
show('round(n)', lambda: round(n))
show('round(n, 2)', lambda: round(n, 2))
show('abs(n)', lambda: abs(n))
show('2 * n', lambda: 2 * n)
show('n < 1', lambda: n < 1)
