# Creating module objects directly.
import sys
ModuleType = type(sys)
mod = ModuleType('made_module', 'its doc')
mod.x = 1
print(repr(mod), mod.__name__, mod.__doc__, mod.x, ModuleType.__name__)
print(repr(sys), sorted(vars(mod)))
