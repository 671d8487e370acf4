# from a import b as c.
from _mod_a import value as v, greet as g
print(v, g('y'))
from _mod_a import Thing
print(Thing.__name__)
from _pkg import sub as the_sub, pkg_level
print(the_sub.__name__, pkg_level)
from _pkg.sibling import SIB
print(SIB)
from _mod_a import (value,
                    greet)
print(value, greet.__name__)
print('_mod_a' in dir())
