# Metaclass methods, class properties, and __repr__ on a metaclass.
class Meta(type):
    def __repr__(cls):
        return f'<class {cls.__name__} via Meta>'
    def __len__(cls):
        return 42
    def __getitem__(cls, k):
        return f'{cls.__name__}[{k}]'
    def __iter__(cls):
        return iter(['m1', 'm2'])
    @property
    def upper_name(cls):
        return cls.__name__.upper()
class C(metaclass=Meta):
    pass
print(repr(C), len(C), C['int'], list(C), C.upper_name)
print(type(C).__name__, type(type(C)).__name__, isinstance(C, type))
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class A(metaclass=Registry): pass
class B(A): pass
print(Registry.classes)
