# __spec__, __loader__ and __package__ of imported modules and of __main__.
import _pkg.sub
import _mod_star
print(_mod_star.__spec__.name, _mod_star.__spec__.parent == '', _mod_star.__loader__ is not None)
print(_pkg.sub.__spec__.name, _pkg.sub.__spec__.parent, _pkg.__spec__.submodule_search_locations is not None)
print(__spec__, __package__, __loader__ is not None)
