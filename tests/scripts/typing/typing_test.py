# typing: aliases, special forms, TypeVar/Generic, Protocol, NamedTuple,
# TypedDict, NewType, helpers.
import typing as t
from typing import (Any, Callable, Dict, Generic, Iterable, List, Literal, NamedTuple, Optional,
                    Protocol, Tuple, TypedDict, TypeVar, Union, cast, overload)

T = TypeVar('T')
K = TypeVar('K')
print(t.List[int], t.Dict[str, t.List[int]], t.Optional[int], t.Union[int, str], t.Union[int, None, str])
print(t.Tuple[int, ...], t.Tuple[()], t.Callable[[int], str], t.Callable[..., int], t.Any, T)
print(t.Literal['a', 1], t.Type[int], t.Final[int], t.ClassVar[t.List[int]], t.Annotated[int, 'm'])
print(t.Iterable[T], t.List, t.Optional[t.List[int]], t.Union[int], t.Set[str], t.FrozenSet[int])
print(t.DefaultDict[str, int], t.Deque[int], t.Counter[str], t.Sequence[int], t.Mapping[str, int])
print(repr(t.Union), repr(t.Optional), repr(t.Generic), repr(t.Protocol), t.NoReturn, t.Self, t.AnyStr, t.Text)
print(t.get_origin(t.List[int]), t.get_args(t.Dict[str, int]), t.get_origin(t.Union[int, str]))
print(t.get_args(t.Optional[int]), t.get_origin(int | str), t.get_args(t.Callable[[int], str]), t.get_origin(t.List), t.get_args(t.List))
print(t.get_origin(list[int]), t.get_args(dict[str, int]), t.get_origin(t.Annotated[int, 'x']), t.get_args(int))
print(t.Optional[int] == t.Union[int, None], t.List[int] == t.List[int], t.Union[int, str] == t.Union[str, int])
print(hash(t.List[int]) == hash(t.List[int]), t.Union[int, t.Union[str, float]], t.Union[int, int, str])
print(t.Literal[1, 2, 1], t.Literal['x'] == t.Literal['x'], int | t.List[int], t.List[int] | None)


class Box(Generic[T]):
    def __init__(self, v: T):
        self.v = v

    def get(self) -> T:
        return self.v


print(Box[int], Box[int](3).v, Box.__parameters__, Box[int].__origin__, Box.__mro__, Box('x').get())
b = Box[str]('s')
print(b.__orig_class__, isinstance(b, Box))


class Pair(Generic[K, T]):
    pass


print(Pair[str, int], Pair.__parameters__, Pair[str, int].__args__)
for bad in ['isinstance([], List[int])', 'Pair[int]', 'Generic[int]', 'isinstance(1, Any)', 'Union[()]',
            'Box[int][str]', 'Callable[int]', 'Optional[int, str]']:
    try:
        eval(bad)
    except TypeError as e:
        print('TypeError', e)
print(isinstance([], List), isinstance({}, t.Mapping), issubclass(list, t.Sequence), isinstance(1, Union[int, str]))
print(isinstance('s', Iterable), isinstance(len, Callable), issubclass(dict, t.MutableMapping))
print(list[T][int], t.Dict[str, T][int], t.List[T][str], t.Callable[[T], K][int, str])


class P(NamedTuple):
    x: int
    y: int = 0

    def norm(self):
        return self.x + self.y


print(P(1), P(1, 2).norm(), P._fields, P.__annotations__, P._field_defaults, isinstance(P(1), tuple))
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp._fields, Emp(name='b', id=2).id)


class Movie(TypedDict, total=False):
    name: str
    year: int


class Full(TypedDict):
    title: str


m = Movie(name='x')
print(m, type(m).__name__, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__annotations__)
print(Full(title='t'), sorted(Full.__required_keys__), t.is_typeddict(Full), t.is_typeddict(dict))
TD = TypedDict('TD', {'a': int, 'b': str})
print(TD(a=1, b='x'), TD.__annotations__)


@t.runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


class F:
    def close(self):
        pass


print(isinstance(F(), Closable), isinstance(1, Closable), issubclass(F, Closable))


class NP(Protocol):
    def x(self):
        ...


try:
    isinstance(1, NP)
except TypeError as e:
    print('TypeError', e)
try:
    NP()
except TypeError as e:
    print('TypeError', e)
print(isinstance(3, t.SupportsInt), isinstance('s', t.SupportsInt), isinstance(2.5, t.SupportsFloat))
UserId = t.NewType('UserId', int)
print(UserId(5), UserId, UserId.__supertype__, type(UserId(5)).__name__)
print(cast(int, 'x'), cast('List[int]', [1]), t.TYPE_CHECKING)


def f(a: 'int', b: List['str'] = None) -> 'bool':
    pass


print(t.get_type_hints(f))


class C:
    a: int
    b: 'str'
    c: Optional['C']


print(t.get_type_hints(C))


@overload
def g(x: int) -> int:
    ...


@overload
def g(x: str) -> str:
    ...


try:
    g(1)
except NotImplementedError as e:
    print('NotImplementedError', e)


def g(x):
    return x


print(g(5), repr(T), T.__name__, TypeVar('U', bound=int), TypeVar('V', int, str), TypeVar('C', covariant=True))
print(TypeVar('D', contravariant=True), T.__constraints__, TypeVar('W', bound=int).__bound__)
try:
    TypeVar('X', int)
except TypeError as e:
    print('TypeError', e)


@t.final
class Leaf:
    pass


print(Leaf.__final__, t.Any.__class__.__name__, Optional[Any])


def takes(cb: Callable[[int, str], bool], items: Dict[str, List[int]]) -> Tuple[int, ...]:
    return ()


print(takes.__annotations__)
print(t.get_args(Callable[..., int]), t.get_args(Tuple[int, str]), t.ClassVar, t.Final)
