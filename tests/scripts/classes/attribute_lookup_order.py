# Attribute lookup: data descriptor > instance dict > non-data descriptor/class attr > __getattr__.
class Desc:
    def __get__(self, o, t): return 'data-desc'
    def __set__(self, o, v): raise AttributeError('no')
class C:
    dd = Desc()
    plain = 'class-attr'
    def meth(self): return 'method'
    def __getattr__(self, n): return 'getattr:' + n
c = C()
c.__dict__.update(dd='inst', plain='inst-plain', meth='inst-meth')
print(c.dd, c.plain, c.meth, c.other)
del c.__dict__['plain']
print(c.plain)
class Base:
    v = 'base'
class Mid(Base): pass
class Leaf(Mid):
    pass
print(Leaf().v)
Mid.v = 'mid'
print(Leaf().v)
