# copy.copy and copy.deepcopy.
import copy
from collections import deque, OrderedDict, defaultdict, Counter, namedtuple

data = [1, [2, 3], {'a': [4]}, (5, [6]), {7}, frozenset({8})]
s = copy.copy(data)
d = copy.deepcopy(data)
print(s == data, s is data, s[1] is data[1], d[1] is data[1], d == data)
print(d[2]['a'] is data[2]['a'], d[3] is data[3], d[3][1] is data[3][1], d[5] is data[5])
t = (1, 2, 'x')
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
for atom in [None, 1, 2.5, 'str', b'b', True, len, int, range(3), Ellipsis]:
    print(copy.copy(atom) is atom, copy.deepcopy(atom) is atom)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc)
shared = [1]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is not shared)


class Plain:
    def __init__(self, v):
        self.v = v
        self.items = [v]


p = Plain(3)
pc = copy.copy(p)
pd = copy.deepcopy(p)
print(type(pc).__name__, pc.v, pc.items is p.items, pd.items is p.items, pd.items == p.items)


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = [1]


so = Slotted()
sc = copy.copy(so)
sd = copy.deepcopy(so)
print(sc.a is so.a, sd.a is so.a, sd.a, hasattr(sd, 'b'))


class Custom:
    def __init__(self, n):
        self.n = n

    def __copy__(self):
        return Custom(self.n + 100)

    def __deepcopy__(self, memo):
        return Custom(self.n + 1000)


print(copy.copy(Custom(1)).n, copy.deepcopy(Custom(1)).n, copy.deepcopy([Custom(2)])[0].n)


class Reduced:
    def __init__(self, a, b=0):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Reduced, (self.a,), {'b': self.b + 1})


r = copy.copy(Reduced(5, 7))
print(r.a, r.b)


class State:
    def __init__(self):
        self.x = 1

    def __setstate__(self, st):
        self.__dict__.update(st)
        self.restored = True


print(copy.copy(State()).restored, copy.deepcopy(State()).x)


class MyList(list):
    pass


class MyDict(dict):
    pass


ml = MyList([1, [2]])
ml.tag = 'x'
mlc = copy.copy(ml)
mld = copy.deepcopy(ml)
print(type(mlc).__name__, mlc, mlc.tag, mlc[1] is ml[1], mld[1] is ml[1])
md = MyDict(a=[1])
mdc = copy.deepcopy(md)
print(type(mdc).__name__, mdc, mdc['a'] is md['a'])
Pt = namedtuple('Pt', 'x y')
pt = Pt(1, [2])
print(copy.copy(pt), copy.deepcopy(pt), copy.deepcopy(pt).y is pt.y)
dq = deque([1, [2]], maxlen=5)
print(copy.copy(dq), copy.deepcopy(dq)[1] is dq[1], copy.deepcopy(dq).maxlen)
dd = defaultdict(list, a=[1])
ddc = copy.deepcopy(dd)
print(ddc, ddc['a'] is dd['a'], ddc.default_factory)
print(copy.copy(OrderedDict(a=1)), copy.deepcopy(Counter('aab')))
print(copy.deepcopy({1: {2: {3: [4]}}}), copy.copy(bytearray(b'x')), copy.deepcopy({1, 2}))


class Meth:
    def m(self):
        return self


obj = Meth()
bm = copy.deepcopy(obj.m)
print(bm.__self__ is not obj, type(bm.__self__).__name__)
print(copy.Error, copy.error is copy.Error)
