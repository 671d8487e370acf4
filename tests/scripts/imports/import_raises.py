# An exception during import propagates; the module is not left in sys.modules.
import sys
try:
    import _mod_raises
except ValueError as e:
    print('caught', e)
print('_mod_raises' in sys.modules)
try:
    import _mod_raises
except ValueError as e:
    print('caught again', e)
