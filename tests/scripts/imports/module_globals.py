# Module functions use their own module's globals.
import _mod_uses_global as m
x = 'main x'
print(m.get_x(), x)
m.set_x('changed')
print(m.get_x(), m.x, x)
m.x = 'set from outside'
print(m.get_x())
from _mod_uses_global import x as copied
m.x = 'again'
print(copied)
