# enum: Enum, IntEnum, StrEnum, auto, unique, functional API.
import enum
from enum import Enum, IntEnum, StrEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    ALIAS = 1


print(repr(Color.RED), str(Color.RED), format(Color.RED), f'{Color.RED}', f'{Color.RED:>10}|')
print(Color.RED.name, Color.RED.value, Color.RED._name_, Color.RED._value_)
print(list(Color), len(Color), Color(1), Color['GREEN'], Color.ALIAS is Color.RED)
print(Color.__members__, list(Color.__members__), type(Color.__members__).__name__)
print(repr(Color), Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED), type(Color).__name__)
print(Color._member_names_, Color._value2member_map_, list(reversed(Color)))
for bad in ['Color(7)', "Color['X']", 'Color("RED")']:
    try:
        eval(bad)
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    del Color.RED
except AttributeError as e:
    print('AttributeError', e)
print(Color.RED == 1, Color.RED == Color.RED, Color.RED != Color.GREEN, hash(Color.RED) == hash('RED'))
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print('TypeError', e)
try:
    1 in Color
except TypeError as e:
    print('TypeError', e)
print({Color.RED: 'r'}[Color.ALIAS], sorted(Color, key=lambda c: c.value)[-1], bool(Color.RED))


class N(IntEnum):
    A = 1
    B = 2


print(repr(N.A), str(N.A), format(N.A), f'{N.A:03d}', N.A + 1, N.A == 1, N.A < N.B, N(2), int(N.B))
print(sorted([N.B, N.A]), N.A * 10, isinstance(N.A, int), [1, 2, 3][N.B], list(N), N['B'])


class S(StrEnum):
    X = auto()
    Y = 'why'


print(repr(S.X), str(S.X), S.Y == 'why', S.X.upper(), f'{S.Y}', S('x'), len(S))


class A(Enum):
    a = auto()
    b = auto()
    c = 10
    d = auto()


print(list(A), A.a.value, A.d.value)


class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.title()

    NORTH = auto()
    SOUTH = auto()


print(list(Named), Named.NORTH.value)
try:
    @unique
    class U(Enum):
        a = 1
        b = 1
        c = 2
        d = 2
except ValueError as e:
    print('ValueError', e)


@unique
class Fine(Enum):
    x = 1
    y = 2


print(list(Fine))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def density_ratio(self):
        return self.mass / self.radius

    def describe(self):
        return '%s has mass %s' % (self.name, self.mass)

    @classmethod
    def heaviest(cls):
        return max(cls, key=lambda p: p.mass)


print(Planet.EARTH.value, Planet.EARTH.mass, Planet.EARTH.describe(), Planet.heaviest(), Planet((3.303e+23, 2.4397e6)))


class Coord(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj

    PX = (0, 'P.X')
    PY = (1, 'P.Y')


print(Coord.PY.label, Coord(1), Coord.PX.value, repr(Coord.PX))
E2 = Enum('E2', 'A B C')
print(list(E2), E2.A.value, repr(E2), E2.__module__)
E3 = Enum('E3', [('X', 10), ('Y', 20)])
print(list(E3), E3(20))
E4 = Enum('E4', {'P': 'p', 'Q': 'q'})
print(list(E4))
E5 = IntEnum('E5', 'ONE TWO', start=5)
print(list(E5), E5.TWO + 0)
try:
    class Bad(Color):
        pass
except TypeError as e:
    print('TypeError', e)


class Base(Enum):
    def hello(self):
        return 'hello ' + self.name


class Child(Base):
    ONE = 1


print(Child.ONE.hello(), Child(1))


class WithMissing(Enum):
    A = 'a'
    B = 'b'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None


print(WithMissing('A'), WithMissing('b'))
try:
    WithMissing('z')
except ValueError as e:
    print('ValueError', e)


class Ignored(Enum):
    _ignore_ = 'tmp'
    tmp = 5
    real = 1


print(list(Ignored))


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print([(n, m.name) for n, m in Shape.__members__.items()])
print(dir(Color.RED), 'RED' in dir(Color))
print(Color.RED.__class__.__name__, Enum.__module__, type(Enum).__name__, enum.EnumMeta is enum.EnumType)
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.BLUE) is Color.BLUE)
