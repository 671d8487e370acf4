# Module attributes and dir().
import _mod_a, _pkg
print(_mod_a.__name__, _mod_a.__package__ == '', _pkg.__package__, _pkg.__name__)
print(_pkg.__file__.endswith('__init__.py'), hasattr(_pkg, '__path__'), hasattr(_mod_a, '__path__'))
print([n for n in dir(_mod_a) if not n.startswith('__')])
print(_mod_a.__dict__['value'], vars(_mod_a) is _mod_a.__dict__)
_mod_a.new_attr = 1
print(_mod_a.new_attr)
try:
    _mod_a.missing
except AttributeError as e:
    print(e)
