# Attributes on specific exception types.
try:
    {}['missing']
except KeyError as e:
    print(e.args)
try:
    import no_such_module_gilt
except ModuleNotFoundError as e:
    print(e.name, repr(e.msg) if hasattr(e, 'msg') else '', e)
try:
    name_that_does_not_exist
except NameError as e:
    print(e.name if hasattr(e, 'name') else 'name_that_does_not_exist', e)
try:
    raise SystemExit(3)
except SystemExit as e:
    print(e.code)
print(SystemExit().code, SystemExit('msg').code, SystemExit(1, 2).code)
e = StopIteration('v')
print(e.value)
class My(Exception):
    pass
m = My()
m.extra = 5
print(m.extra, m.__dict__)
