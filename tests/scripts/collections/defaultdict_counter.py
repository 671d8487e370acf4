# collections.defaultdict and Counter.
from collections import defaultdict, Counter

dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dd['a'], dd.default_factory, len(dd))
print(dd['zz'], 'zz' in dd, dd.get('yy'), 'yy' in dd)
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(sorted(counts.items()), counts)
n = defaultdict()
try:
    n['x']
except KeyError as e:
    print('KeyError', e)
print(repr(defaultdict(None, {1: 2})), repr(defaultdict(lambda: 0)).startswith('defaultdict(<function <lambda>'))
try:
    defaultdict(1)
except TypeError as e:
    print('TypeError', e)
c = dd.copy()
print(type(c).__name__, c.default_factory is list, c == dd, c is dd)
print(isinstance(dd, dict), defaultdict(int, a=1, b=2), defaultdict(set, [(1, {2})]))
print(defaultdict(int, {'a': 1}) | {'b': 2}, type(defaultdict(int) | {}).__name__)


class MyDD(defaultdict):
    pass


print(MyDD(int, x=1))
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 2
print(nested['a']['b'], dict(nested['a']))

c = Counter('abracadabra')
print(c, c['a'], c['z'], len(c))
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(sorted(c.elements()), c.total())
c.update('aaz')
c.update({'b': 10})
print(c)
c.subtract('aaaa')
c.subtract({'b': 20})
print(c)
print(Counter(), Counter(a=1, b=0, c=-2), Counter({'x': 3}), Counter(['a', 'b', 'a']))
p, q = Counter(a=3, b=1, c=0), Counter(a=1, b=2, d=-1)
print(p + q, p - q, p | q, p & q, +p, -q)
p += Counter(e=1)
p -= Counter(a=1)
print(p)
p |= Counter(a=5)
p &= Counter(a=4, e=3)
print(p)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) < Counter(a=2), Counter(a=1) <= Counter(a=1), Counter(a=2) > Counter(a=1))
del c['a']
del c['notthere']
print(c)
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print('NotImplementedError', e)
try:
    hash(Counter())
except TypeError as e:
    print('TypeError', e)
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(3))
print(Counter('aabbcc').most_common(), Counter('cba').most_common())
print(sum(Counter(a=2, b=3).values()), list(Counter('ba')), dict(Counter('hello')))
cc = Counter(a=1)
print(type(cc.copy()).__name__, cc.copy() == cc)
print(Counter(a=1, b=2) + Counter(), Counter(a=-1) + Counter())
