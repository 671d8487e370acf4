# list subscripting: indexes, slices, slice assignment and deletion.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = list(range(10))
print(a[0], a[-1], a[3], a[-10])
show(lambda: a[10])
show(lambda: a[-11])
show(lambda: a['1'])
show(lambda: a[1.0])
show(lambda: a[2 ** 100])
print(a[True], a[False])
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::2], a[1::3], a[::-1], a[::-3])
print(a[5:2], a[5:2:-1], a[100:], a[-100:2], a[2:100:4], a[-1:-5:-2])
print(a[2 ** 100:], a[:2 ** 100], a[-2 ** 100:3], a[::2 ** 100], a[::-2 ** 100])
show(lambda: a[::0])
show(lambda: a['a':])
show(lambda: a[:1.5])
show(lambda: a[::None])

class I:
    def __index__(self):
        return 3
print(a[I()], a[I():], a[:I()], a[::I()])

b = list(range(6))
b[0] = 'x'
b[-1] = 'y'
print(b)
def setitem(i, v):
    c = list(range(6))
    c[i] = v
    return c
show(lambda: setitem(6, 1))
show(lambda: setitem(-7, 1))
show(lambda: setitem('a', 1))
print(setitem(slice(1, 3), ['a', 'b', 'c', 'd']))
print(setitem(slice(1, 5), []))
print(setitem(slice(4, 1), 'xy'))
print(setitem(slice(None), (9,)))
print(setitem(slice(10, 20), [7]))
print(setitem(slice(-2, None), range(3)))
print(setitem(slice(None, None, 2), 'abc'))
print(setitem(slice(None, None, -2), 'abc'))
print(setitem(slice(1, 5, 2), [None, None]))
print(setitem(slice(5, 0, 1), [1]))
show(lambda: setitem(slice(None, None, 2), [1, 2]))
show(lambda: setitem(slice(None, None, 2), 1))
show(lambda: setitem(slice(0, 2), 1))
show(lambda: setitem(slice(None, None, -1), [1] * 7))
print(setitem(slice(None, None, -1), list(range(6))))
print(setitem(slice(3, 3, 2), []))

c = [1, 2, 3]
c[:] = c
print(c)
c[1:1] = c
print(c)
c[::-1] = c
print(c)

def delitem(i):
    d = list(range(10))
    del d[i]
    return d
print(delitem(0), delitem(-1))
show(lambda: delitem(10))
print(delitem(slice(2, 5)), delitem(slice(None, None, 3)), delitem(slice(None, None, -2)))
print(delitem(slice(8, 1, -3)), delitem(slice(100, 200)), delitem(slice(None)))
print(delitem(slice(1, 9, 100)), delitem(slice(-3, None, -1)))
show(lambda: delitem(slice(None, None, 0)))
