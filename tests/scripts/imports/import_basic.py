# import a module, access its attributes; a second import does not re-execute it.
import _mod_a
print(_mod_a.value, _mod_a.greet('x'), _mod_a.__name__, _mod_a.__doc__)
import _mod_a
import _mod_a as again
print(again is _mod_a, type(_mod_a).__name__)
print(_mod_a.Thing.__module__, _mod_a.greet.__module__)
print(_mod_a.__file__.endswith('_mod_a.py'))
import sys
print('_mod_a' in sys.modules, sys.modules['_mod_a'] is _mod_a)
