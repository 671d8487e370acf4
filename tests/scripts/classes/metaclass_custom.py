# A custom metaclass with __new__, __init__, __call__.
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print('Meta.__new__', mcs.__name__, name, sorted(k for k in ns if not k.startswith('__')), kw)
        ns['added'] = 'by meta'
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__', name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print('Meta.__call__', cls.__name__, a)
        return super().__call__(*a, **k)
class Base(metaclass=Meta):
    def method(self): pass
class Child(Base, flag=1):
    z = 1
    def __init__(self, v):
        self.v = v
c = Child(7)
print(c.v, c.added, type(Child).__name__, isinstance(Child, Meta), type(c).__name__)
class Counted(type):
    instances = 0
    def __call__(cls, *a):
        Counted.instances += 1
        return super().__call__(*a)
class X(metaclass=Counted): pass
X(); X()
print(Counted.instances)
class WithPrepare(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        print('prepare', name)
        return {'pre': 'prepared'}
class Y(metaclass=WithPrepare): pass
print(Y.pre)
class MetaAttr(type):
    def describe(cls):
        return 'class ' + cls.__name__
class Z(metaclass=MetaAttr): pass
print(Z.describe(), hasattr(Z(), 'describe'))
