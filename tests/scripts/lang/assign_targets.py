# Attribute and subscript targets; evaluation order of assignments.
log = []
class Rec:
    def __setattr__(self, n, v):
        log.append(('set', n, v))
        object.__setattr__(self, n, v)
    def __setitem__(self, k, v):
        log.append(('item', k, v))
r = Rec()
r.a = 1
r[2] = 3
r.a, r[0] = 'x', 'y'
print(log)
def src(v):
    log.append(('eval', v))
    return v
log.clear()
d = {}
d[src('k')] = src('v')
print(log, d)
a = [0, 1, 2]
i = 0
i, a[i] = 1, 'z'
print(i, a)
x = [1, 2, 3]
x[1:2] = 'ab'
print(x)
