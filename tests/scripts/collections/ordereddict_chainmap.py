# collections.OrderedDict, ChainMap, UserDict, UserList, UserString.
from collections import OrderedDict, ChainMap, UserDict, UserList, UserString

od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od), list(od.keys()), list(od.values()))
od.move_to_end('b')
print(od)
od.move_to_end('b', last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
od.update(x=1, y=2)
print(od, od.pop('x'), od.setdefault('z', 0), od)
try:
    od.move_to_end('nope')
except KeyError as e:
    print('KeyError', e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
a = OrderedDict([('x', 1), ('y', 2)])
b = OrderedDict([('y', 2), ('x', 1)])
print(a == b, a == dict(b), dict(a) == b, a != b, OrderedDict() == OrderedDict())
print(repr(OrderedDict()), repr(OrderedDict(a=1)), OrderedDict.fromkeys('ab', 0), a.copy(), a | {'z': 3})
print(list(reversed(a)), isinstance(a, dict), type(a.copy()).__name__)
r = OrderedDict()
r['self'] = r
print(r)

base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm['a'], cm['b'], cm['c'], len(cm), sorted(cm), 'a' in cm, 'z' in cm, cm.get('z', 'd'))
print(cm)
cm['d'] = 4
print(over, base)
del cm['b']
print(cm['b'], over)
try:
    del cm['a']
except KeyError as e:
    print('KeyError', e)
child = cm.new_child({'a': 100})
print(child['a'], child.parents['a'], child.maps[0], len(child.maps))
print(ChainMap(), dict(ChainMap({1: 1}, {2: 2})), list(ChainMap({'x': 1}, {'y': 2, 'x': 0})))
try:
    ChainMap()['x']
except KeyError as e:
    print('KeyError', e)
try:
    ChainMap().pop('x')
except KeyError as e:
    print('KeyError', e)

ud = UserDict({'a': 1}, b=2)
ud['c'] = 3
print(ud, ud.data, len(ud), ud['a'], 'b' in ud, sorted(ud.keys()), ud.get('zz', 0))


class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


lo = Lower(ABC=1)
lo['XyZ'] = 2
print(lo, type(lo.copy()).__name__, lo.copy())
try:
    ud['missing']
except KeyError as e:
    print('KeyError', e)
ul = UserList([3, 1, 2])
ul.append(0)
ul.sort()
print(ul, ul[1:], type(ul[1:]).__name__, ul + [9], [8] + ul, ul * 2, len(ul), ul.pop(), ul.index(2))
ul.extend(UserList([7]))
ul.insert(0, -1)
print(ul, ul == [-1, 1, 2, 3, 7], ul.count(7), 3 in ul)
ul.reverse()
print(ul, ul.data)
us = UserString('Hello')
print(us, repr(us), us.upper(), us.lower(), len(us), us[1:3], us + '!', 'l' in us, us.find('l'), us.split('l'))
print(us == 'Hello', us < 'World', us.replace('l', 'L'), us * 2, us.center(9, '*'), us.startswith('He'))
print(type(us.upper()).__name__, us.isalpha(), str(us), us.join('ab'), hash(us) == hash('Hello'))
