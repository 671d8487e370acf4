# import inside a function binds a local name.
def f():
    import _mod_star
    from _mod_star import public as p
    return _mod_star.func(), p
print(f())
print('_mod_star' in globals())
import sys
print('_mod_star' in sys.modules)
