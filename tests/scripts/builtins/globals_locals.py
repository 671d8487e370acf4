# globals() and locals().
g_var = 'global value'
print(globals()['g_var'], '__name__' in globals(), globals()['__name__'])
globals()['made_dynamically'] = 5
print(made_dynamically)
def f(a, b=2):
    c = 3
    return locals()
print(f(1))
def g():
    x = 1
    def inner():
        return x
    return sorted(locals())
print(g())
class K:
    y = 1
    names = sorted(k for k in locals() if not k.startswith('__'))
print(K.names)
print(globals() is globals(), type(globals()).__name__)
