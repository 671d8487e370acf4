# from package import * imports submodules named in the package's __all__.
from _pkg_all import *
print(mod_x.X, VALUE)
