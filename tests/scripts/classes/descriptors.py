# Data and non-data descriptors; precedence vs instance dict.
class Data:
    def __get__(self, obj, typ):
        return ('data', obj is not None, typ.__name__)
    def __set__(self, obj, v):
        print('Data.__set__', v)
class NonData:
    def __get__(self, obj, typ):
        return 'nondata'
class C:
    d = Data()
    n = NonData()
c = C()
print(c.d, C.d, c.n, C.n)
c.d = 5
c.__dict__['d'] = 'instance'
print(c.d)
c.n = 'shadowed'
print(c.n)
class Upper:
    def __set_name__(self, o, n): self.n = '_' + n
    def __get__(self, obj, typ=None):
        return getattr(obj, self.n).upper()
    def __set__(self, obj, v):
        setattr(obj, self.n, v)
    def __delete__(self, obj):
        print('__delete__')
class P:
    name = Upper()
p = P()
p.name = 'abc'
print(p.name)
del p.name
class GetOnly:
    def __get__(self, obj, typ): return 42
class Q:
    g = GetOnly()
q = Q()
print(q.g)
q.g = 1
print(q.g)
