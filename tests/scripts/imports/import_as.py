# import a.b as c binds c to the submodule; import a.b binds a.
import _pkg.sub as s
print(s.__name__, s.sub_func())
print('_pkg' in dir())
import _pkg.sibling
print(_pkg.sibling.SIB, _pkg.pkg_level, _pkg.sub is s)
import _pkg as p, _mod_counter as mc
print(p.__name__, mc.__name__)
