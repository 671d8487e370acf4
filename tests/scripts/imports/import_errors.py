# ImportError and ModuleNotFoundError messages.
try:
    import _no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from _mod_a import does_not_exist
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
try:
    import _pkg.no_such_sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    import _mod_a.sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
