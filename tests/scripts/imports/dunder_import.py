# The __import__ builtin.
m = __import__('_pkg.sibling')
print(m.__name__)
m = __import__('_pkg.sibling', fromlist=['SIB'])
print(m.__name__, m.SIB)
m = __import__('_mod_star', globals(), locals(), [], 0)
print(m.public)
import sys
print(sys.modules['_pkg.sibling'] is m.__class__ or True, '_pkg' in sys.modules)
