# pprint: wrapping of nested containers, options, recursion, strings.
import pprint
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap
from types import SimpleNamespace
from dataclasses import dataclass, field

data = {'name': 'gilt', 'versions': list(range(30)), 'nested': {'a': [1, 2, {'deep': ('x', 'y') * 10}],
        'b': None, 'c': {3, 1, 2}}, 'flag': True, 'pi': 3.14159, 'empty': {}, 'single': (1,)}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, depth=2)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(list(range(40)), compact=True)
pprint.pprint(list(range(40)), width=30, compact=True)
pprint.pprint({'b': 1, 'a': 2, 'c': 3}, sort_dicts=False)
pprint.pp({'b': 1, 'a': 2})
print(pprint.pformat([1, 2, 3]), pprint.pformat('short'), pprint.pformat({}))
long_string = 'The quick brown fox jumps over the lazy dog. ' * 5
pprint.pprint(long_string)
pprint.pprint({'key': long_string, 'lines': 'line one\nline two\n' * 4})
pprint.pprint([b'0123456789abcdef' * 6])
pprint.pprint(frozenset(range(25)))
pprint.pprint(set('abcdefghijklmnopqrstuvwxyz'))
pprint.pprint([('a' * 30, 'b' * 30, 'c' * 30)])
rec = [1, 2]
rec.append(rec)
print(pprint.saferepr(rec).split(' with id=')[0], pprint.isrecursive(rec), pprint.isreadable(rec), pprint.isreadable([1, 'a']))
print(pprint.saferepr({'x': [1, {2: 3}]}), pprint.isreadable(object()))
pprint.pprint(OrderedDict((str(i) * 5, i) for i in range(12)))
dd = defaultdict(list)
for i in range(12):
    dd['key%02d' % i].append(i * 1000)
pprint.pprint(dd)
pprint.pprint(Counter('the quick brown fox jumps over the lazy dog' * 3))
pprint.pprint(deque(range(40), maxlen=50))
pprint.pprint(deque(range(40)))
pprint.pprint(ChainMap({'a' * 20: 1, 'b' * 20: 2}, {'c' * 30: 3, 'd' * 30: 4}))
pprint.pprint(SimpleNamespace(alpha='a' * 30, beta=list(range(20)), gamma={'x': 1}))


@dataclass
class Record:
    title: str
    tags: list = field(default_factory=list)
    score: float = 0.0


pprint.pprint(Record('A fairly long title for a record', ['tag%d' % i for i in range(10)], 9.5))
pprint.pprint(Record('short'))
pprint.pprint([[1, 2, [3, 4, [5, 6, [7, 8]]]]] * 3, depth=3)
pprint.pprint(12345678901234567890, underscore_numbers=True)
pprint.pprint({'n': 10 ** 12}, underscore_numbers=True)
pp = pprint.PrettyPrinter(width=20)
print(pp.pformat(['alpha', 'beta', 'gamma', 'delta']))
for bad in [lambda: pprint.PrettyPrinter(indent=-1), lambda: pprint.PrettyPrinter(depth=0),
            lambda: pprint.PrettyPrinter(width=0)]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
pprint.pprint([{'id': i, 'values': list(range(i, i + 8)), 'label': 'item-%d' % i} for i in range(4)])
