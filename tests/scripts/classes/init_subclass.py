# __init_subclass__.
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class A(Plugin): pass
class B(Plugin, name='bee'): pass
class C(B): pass
print(Plugin.registry, C.plugin_name)
try:
    class D(Plugin, bogus=1, name='d'): pass
except TypeError as e:
    print(e)
class Quiet:
    pass
try:
    class E(Quiet, flag=True): pass
except TypeError as e:
    print(e)
