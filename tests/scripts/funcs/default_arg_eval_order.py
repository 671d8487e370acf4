# Defaults are evaluated left to right at def time, decorators before defaults? (decorator expression first)
log = []
def t(v):
    log.append(v)
    return v
def deco(f):
    log.append('apply deco')
    return f
@(lambda f: (log.append('deco expr'), deco(f))[1])
def f(a=t('a'), *, b=t('b'), c=t('c')):
    pass
print(log)
log.clear()
def g(x=t(1), y=t(2)): pass
print(log)
