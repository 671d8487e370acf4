# MappingProxyType: a read-only view of a mapping.
MappingProxyType = type(type.__dict__)

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {'a': 1, 'b': 2}
m = MappingProxyType(d)
print(m, str(m), type(m).__name__, len(m), m['a'], 'a' in m, 'z' in m, list(m))
print(m.get('a'), m.get('z'), m.get('z', 0), m.keys(), m.values(), m.items())
print(m.copy(), type(m.copy()).__name__, list(reversed(m)), m == d, m != d)
d['c'] = 3
print(m, len(m))
show(lambda: m['z'])
def assign():
    m['a'] = 5
show(assign)
def delete():
    del m['a']
show(delete)
show(lambda: m.pop('a'))
print(m | {'x': 0}, {'x': 0} | m, type(m | {}).__name__)
def ior():
    global m
    m |= {}
show(ior)
show(lambda: hash(m))
show(lambda: MappingProxyType([]))
show(lambda: MappingProxyType(1))
show(lambda: MappingProxyType())
print(MappingProxyType(m), MappingProxyType(MappingProxyType({})))
class C:
    x = 1
print(type(C.__dict__).__name__, C.__dict__['x'], 'x' in C.__dict__)
