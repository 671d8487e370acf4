# dataclasses: generated methods, field options, frozen, order, helpers.
import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError


@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)


p = Point(1)
print(p, Point(1, 2, ['a']), Point(x=3, y=4), p == Point(1), p == Point(2), p != Point(1, 1))
print(Point.__doc__, Point.__init__.__qualname__, Point.__match_args__, Point.__hash__)
print([f.name for f in fields(Point)], [f.type for f in fields(Point)], fields(p)[1].default)
print(asdict(Point(5, 6, [1])), astuple(Point(5, 6, [1])), replace(p, y=9), p.tags is not Point(1).tags)
for bad in [lambda: Point(), lambda: Point(1, 2, 3, 4), lambda: Point(1, z=2), lambda: replace(p, z=1)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)


v = Version(1, 2)
try:
    v.major = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del v.minor
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(Version(1) < Version(1, 1), Version(2) > Version(1, 9), sorted([Version(1, 5), Version(1), Version(0, 9)]))
print(hash(Version(1, 2)) == hash(Version(1, 2, 'x')), Version(1, 2, 'a') == Version(1, 2, 'b'))
print({Version(1): 'one'}[Version(1)], Version(3) <= Version(3), Version(3) >= Version(4))
try:
    Version(1) < Point(1)
except TypeError as e:
    print('TypeError', e)


@dataclass
class Inventory:
    name: str
    price: float = field(repr=False, default=0.0)
    qty: int = field(default=1, compare=False)
    secret: str = field(default='hidden', init=False)
    meta: dict = field(default_factory=dict, metadata={'unit': 'kg'})

    def total(self):
        return self.price * self.qty


it = Inventory('bolt', 2.5, 4)
print(it, it.total(), it.secret, Inventory('a') == Inventory('a', qty=5), fields(it)[4].metadata['unit'])


@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: dataclasses.InitVar[int] = 2

    def __post_init__(self, scale):
        self.b = self.a * scale


print(WithPost(3), WithPost(3, 10), [f.name for f in fields(WithPost)])


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 2
    x: int = 10


print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)])


@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2


print(KW(a=1), KW(b=3, a=4))
try:
    KW(1)
except TypeError as e:
    print('TypeError', e)


@dataclass
class Mixed:
    a: int
    _: dataclasses.KW_ONLY
    b: int
    c: int = 0


print(Mixed(1, b=2), Mixed.__match_args__)


@dataclass(eq=False)
class NoEq:
    v: int


print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)


@dataclass(unsafe_hash=True)
class Hashy:
    v: int


print(hash(Hashy(3)) == hash(Hashy(3)), Hashy(3) in {Hashy(3)})


@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)


tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(tree)
print(asdict(tree))
print(astuple(tree))
rec = Node(0)
rec.children.append(rec)
print(rec)
for bad in ['@dataclass\nclass B1:\n    x: list = []', '@dataclass\nclass B2:\n    x: int = 0\n    y: int',
            '@dataclass(order=True, eq=False)\nclass B3:\n    x: int', 'field(default=1, default_factory=list)',
            'fields(5)', 'asdict(5)', '@dataclass\nclass B4:\n    x = field(default=1)']:
    try:
        exec(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(dataclasses.is_dataclass(Point), dataclasses.is_dataclass(p), dataclasses.is_dataclass(int))
Dyn = dataclasses.make_dataclass('Dyn', [('a', int), ('b', str, field(default='x'))])
print(Dyn(1), Dyn.__name__, [f.name for f in fields(Dyn)])


@dataclass(slots=True)
class Slotted:
    a: int
    b: int = 3


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))
try:
    s.c = 5
except AttributeError as e:
    print('AttributeError')
print(repr(field(default=1)).startswith('Field(name=None'), dataclasses.MISSING is not None)


@dataclass
class WithClassVar:
    from typing import ClassVar
    count: ClassVar[int] = 0
    name: str = 'n'


print(WithClassVar(), [f.name for f in fields(WithClassVar)], WithClassVar.count)
