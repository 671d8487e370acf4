# operator: functions, itemgetter, attrgetter, methodcaller.
import operator as op
from operator import itemgetter, attrgetter, methodcaller

print(op.add(1, 2), op.sub(5, 3), op.mul('ab', 2), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(5), op.pos(-5), op.abs(-3), op.invert(5), op.inv(0), op.lshift(1, 4), op.rshift(64, 2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.not_(0), op.not_([1]), op.truth([]), op.truth(3))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.gt(1, 2), op.ge(3, 2))
print(op.is_(None, None), op.is_not(1, None), op.index(7), op.concat([1], [2]), op.contains('abc', 'b'))
print(op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'), op.length_hint([1, 2]), op.length_hint(iter(range(5))), op.length_hint(3, 9))
l = [1, 2, 3]
op.setitem(l, 0, 'x')
op.delitem(l, 1)
print(l, op.getitem(l, -1), op.getitem({'k': 'v'}, 'k'), op.getitem('hello', slice(1, 3)))
a = [1]
print(op.iadd(a, [2]), a, op.iadd(1, 2), op.imul([0], 3), op.isub(5, 1), op.iconcat([1], (2,)))
print(op.__add__(1, 1), op.__not__(True), op.__getitem__([5], 0), op.matmul.__name__)
print(op.call(max, 1, 3, 2), op.call(sorted, [3, 1], reverse=True))
for bad in ['op.add(1, "a")', 'op.concat(1, 2)', 'op.indexOf([1], 5)', 'op.index(1.5)', 'op.neg("x")',
            'op.getitem([], 1)', 'op.lt(1, "a")', 'op.abs("x")']:
    try:
        eval(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)

g = itemgetter(1)
print(g([1, 2, 3]), g('xyz'), itemgetter(0, 2)('abc'), itemgetter('k')({'k': 1}), itemgetter(slice(1, None))([1, 2, 3]))
print(repr(g), repr(itemgetter(0, 'a')), sorted([(2, 'b'), (1, 'c'), (3, 'a')], key=itemgetter(1)))
print(list(map(itemgetter(0), [[1], [2]])), max([{'v': 1}, {'v': 3}], key=itemgetter('v')))


class Obj:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def greet(self, name, punct='!'):
        return 'hi ' + name + punct


o = Obj(a=1, b=Obj(c=2))
print(attrgetter('a')(o), attrgetter('b.c')(o), attrgetter('a', 'b.c')(o), repr(attrgetter('a', 'b.c')))
print(methodcaller('greet', 'bob')(o), methodcaller('greet', 'al', punct='?')(o), repr(methodcaller('greet', 'x', punct='.')))
print(methodcaller('upper')('abc'), methodcaller('split', ',')('a,b'), repr(methodcaller('f')))
for bad in ['itemgetter()', 'attrgetter()', 'attrgetter(1)', 'methodcaller()', 'methodcaller(1)',
            'itemgetter(5)([1])', 'attrgetter("zz")(o)', 'methodcaller("nope")(o)', 'itemgetter(1)()',
            'itemgetter(1)([1, 2], [3])']:
    try:
        eval(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
print(type(itemgetter(1)).__name__, itemgetter.__module__)
