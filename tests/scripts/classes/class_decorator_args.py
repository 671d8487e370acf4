# Class decorators with arguments, stacked, returning a different object.
def add_method(name, value):
    def deco(cls):
        setattr(cls, name, lambda self: value)
        return cls
    return deco
def count_instances(cls):
    orig_init = cls.__init__
    cls.instances = 0
    def __init__(self, *a, **k):
        cls.instances += 1
        orig_init(self, *a, **k)
    cls.__init__ = __init__
    return cls
@add_method('hello', 'hi')
@add_method('bye', 'ciao')
@count_instances
class Greeter:
    def __init__(self, name):
        self.name = name
g = Greeter('a'); Greeter('b')
print(g.hello(), g.bye(), g.name, Greeter.instances)
def to_dict(cls):
    return {k: v for k, v in vars(cls).items() if not k.startswith('_')}
@to_dict
class Settings:
    debug = True
    level = 3
print(Settings)
