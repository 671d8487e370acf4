# Left-to-right evaluation order.
log = []
def t(v):
    log.append(v)
    return v
t(1) + t(2) * t(3)
print(log); log.clear()
def f(*a, **k): pass
f(t('a'), t('b'), k=t('c'), *[t('d')])
print(log); log.clear()
{t('k1'): t('v1'), t('k2'): t('v2')}
print(log); log.clear()
[t(1), t(2)][t(0)]
print(log); log.clear()
t(1) < t(2) < t(3)
print(log); log.clear()
x = [0, 0]
x[t(0)] = t('value')
print(log); log.clear()
t(1) if t(True) else t(2)
print(log); log.clear()
t([1])[t(0)] = t(9)
print(log); log.clear()
