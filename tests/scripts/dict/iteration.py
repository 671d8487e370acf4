# dict iteration order and the changed-size / changed-keys errors.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {'b': 1, 'a': 2, 'c': 3}
print(list(d), [x for x in d.items()], list(iter(d)))
d['a'] = 20
print(list(d))
del d['b']
d['b'] = 1
print(list(d), list(reversed(d)))
it = iter(d)
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__())
print(type(iter(d.values())).__name__, type(iter(d.items())).__name__)
print(type(reversed(d)).__name__, type(reversed(d.values())).__name__, type(reversed(d.items())).__name__)

def grow():
    e = {1: 1}
    for k in e:
        e[k + 1] = 1
show(grow)
def shrink():
    e = {1: 1, 2: 2}
    for k in e:
        del e[k]
show(shrink)
def swap_keys():
    e = {1: 1, 2: 2}
    for k in e:
        del e[k]
        e[k + 10] = 0
    return e
show(swap_keys)
def values_ok():
    e = {1: 1, 2: 2}
    for k in e:
        e[k] = k * 10
    return e
show(values_ok)
def rev_grow():
    e = {1: 1, 2: 2}
    for k in reversed(e):
        e[3] = 3
show(rev_grow)
def items_grow():
    e = {1: 1}
    for k, v in e.items():
        e[2] = 2
show(items_grow)
it = iter({1: 1})
print(list(it), list(it))
def sticky():
    e = {1: 1, 2: 2}
    it = iter(e)
    next(it)
    e[3] = 3
    out = []
    for _ in range(2):
        try:
            next(it)
        except RuntimeError as ex:
            out.append(str(ex))
    return out
show(sticky)
def exhausted_then_grow():
    e = {1: 1}
    it = iter(e)
    out = list(it)
    e[2] = 2
    return out, list(it)
show(exhausted_then_grow)
d = {}
for i in range(100):
    d[i] = i
for i in range(0, 100, 2):
    del d[i]
print(list(d)[:10], len(d), next(reversed(d)))
print(list({i: 0 for i in range(10, 0, -1)}))
