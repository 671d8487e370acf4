# functools.total_ordering, singledispatch, partialmethod.
import functools


@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        return self.v < o.v


a, b = V(1), V(2)
print(a < b, a <= b, a > b, a >= b, a == b, b >= a, b > a, a <= a)
print(V.__gt__.__name__, V.__le__.__name__)


@functools.total_ordering
class G:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __gt__(self, o):
        return self.v > o.v


print(G(1) < G(2), G(1) <= G(1), G(3) >= G(2), sorted([G(3), G(1), G(2)], key=lambda g: g)[0].v)
try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError', e)


@functools.singledispatch
def show(x):
    return 'object %r' % (x,)


@show.register(int)
def _(x):
    return 'int %d' % x


@show.register
def _(x: list):
    return 'list of %d' % len(x)


show.register(str, lambda x: 'str ' + x)


class MyList(list):
    pass


print(show(1), show(True), show('s'), show([1, 2]), show(MyList([1])), show(1.5), show(None))
print(show.dispatch(int).__name__, show.dispatch(float) is show.registry[object])
print(sorted(k.__name__ for k in show.registry))
try:
    show()
except TypeError as e:
    print('TypeError', e)
try:
    show.register(3, lambda x: x)
except TypeError as e:
    print('TypeError', e)


class Cell:
    def __init__(self):
        self.state = None

    def set_state(self, state):
        self.state = state

    set_alive = functools.partialmethod(set_state, True)
    set_dead = functools.partialmethod(set_state, False)


c = Cell()
c.set_alive()
print(c.state)
c.set_dead()
print(c.state)


class D:
    @functools.singledispatchmethod
    def m(self, arg):
        return 'default'

    @m.register
    def _(self, arg: int):
        return 'int'


print(D().m(1), D().m('x'))
