# from package import submodule imports a not-yet-loaded submodule.
import _pkg
print(hasattr(_pkg, 'lazy'))
from _pkg import lazy
print(lazy.LAZY, hasattr(_pkg, 'lazy'), _pkg.lazy is lazy)
