# ImportError.name / ModuleNotFoundError.name.
try:
    import _no_such_module_here
except ModuleNotFoundError as e:
    print(e.name)
try:
    from _mod_star import does_not_exist
except ImportError as e:
    print(e.name)
e = ImportError('msg', name='n', path='p')
print(e.name, e.path, e.msg, str(e))
