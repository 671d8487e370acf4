# bytearray: construction, repr, mutation (items, slices, methods),
# in-place operators, and the shared read methods returning bytearray.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(bytearray(), bytearray(3), bytearray(b'abc'), bytearray([1, 2]), bytearray('é', 'utf-8'), bytearray(range(3)))
print(repr(bytearray(b'it\'s')), str(bytearray(b'\xff')), len(bytearray(b'xy')), bytearray(bytearray(b'c')))
show(lambda: bytearray('abc'))
show(lambda: bytearray(-1))
show(lambda: bytearray([300]))
show(lambda: bytearray(['a']))
show(lambda: bytearray(1.5))
class HB:
    def __bytes__(self):
        return b'x'
show(lambda: bytearray(HB()))
show(lambda: hash(bytearray()))

a = bytearray(b'hello')
a[0] = 72
a[-1] = ord('O')
print(a, a[0], a[-1], a[1:3], a[::-1], type(a[1:3]).__name__)
show(lambda: a.__setitem__(0, 300))
show(lambda: a.__setitem__(0, 'a'))
show(lambda: a.__setitem__(10, 1))
show(lambda: a[10])
show(lambda: a['a'])
def assigned(k, v):
    c = bytearray(b'abcdef')
    c[k] = v
    return c
def deleted(k):
    c = bytearray(b'abcdef')
    del c[k]
    return c
show(lambda: assigned(slice(1, 3), b'XYZ'))
show(lambda: assigned(slice(1, 3), [65, 66, 67, 68]))
show(lambda: assigned(slice(1, 3), bytearray(b'')))
show(lambda: assigned(slice(None, None, 2), b'XYZ'))
show(lambda: assigned(slice(None, None, -2), b'XYZ'))
show(lambda: assigned(slice(None, None, 2), b'XY'))
show(lambda: assigned(slice(4, 1), b'XY'))
show(lambda: assigned(slice(1, 3), 5))
show(lambda: assigned(slice(1, 3), 'ab'))
show(lambda: assigned(slice(1, 3), 1.5))
show(lambda: assigned(slice(0, 1), [300]))
show(lambda: assigned(slice(0, 1), iter([1, 2])))
show(lambda: deleted(0))
show(lambda: deleted(-1))
show(lambda: deleted(10))
show(lambda: deleted(slice(1, 3)))
show(lambda: deleted(slice(None, None, 2)))
show(lambda: deleted(slice(None, None, -2)))
show(lambda: deleted(slice(1, None, 3)))
show(lambda: deleted('a'))
c = bytearray(b'ab')
c[1:1] = c
print(c)

d = bytearray(b'abc')
d.append(100)
d.extend(b'ef')
d.extend([103, 104])
d.extend(iter(range(105, 107)))
d.insert(0, 95)
d.insert(-1, 45)
d.insert(100, 33)
d.insert(-100, 35)
print(d, len(d))
print(d.pop(), d.pop(0), d.pop(-2), d)
d.remove(106)
d.reverse()
print(d, d.copy(), d.copy() is d)
d.clear()
print(d, len(d))
show(lambda: bytearray().pop())
show(lambda: bytearray(b'a').pop(5))
show(lambda: bytearray(b'a').remove(120))
show(lambda: bytearray(b'a').remove(300))
show(lambda: bytearray(b'a').append(300))
show(lambda: bytearray(b'a').append('a'))
show(lambda: bytearray(b'a').insert(0, -1))
show(lambda: bytearray(b'a').insert('a', 1))
show(lambda: bytearray(b'a').extend(5))
show(lambda: bytearray(b'a').extend(None))
show(lambda: bytearray(b'a').extend('ab'))
show(lambda: bytearray(b'a').extend([300]))
e = bytearray(b'ab')
e += b'cd'
e += bytearray(b'e')
e *= 2
print(e, e + b'!', b'!' + e, type(b'!' + e).__name__, e * 0, 2 * bytearray(b'xy'))
def iadd_str():
    g = bytearray(b'a')
    g += 'b'
show(iadd_str)
show(lambda: bytearray(b'a') + 'b')
print(bytearray(b'abc') == b'abc', bytearray(b'a') < bytearray(b'b'), bytearray(b'x') != 'x', b'ab' in bytearray(b'cab'))
g = bytearray(b'Hello World')
print(g.upper(), g.split(), g.partition(b' '), g.replace(b'o', b'0'), g.strip(b'Hd'), g.center(15, b'.'))
print(g.find(b'o'), g.count(b'l'), g.hex(), g.decode(), g.title(), g.isalpha(), g.startswith(b'He'))
print([type(x).__name__ for x in g.split()], type(g.zfill(20)).__name__, type(g.strip()).__name__)
print(b'-'.join([g, g]), bytearray(b'-').join([b'a']), list(bytearray(b'ab')), bytearray(b'a') * 3)
h = bytearray(b'abc')
it = iter(h)
print(next(it))
h.append(100)
print(list(it), type(it).__name__ in ('bytearray_iterator', 'bytes_iterator'))
class BA(bytearray):
    pass
ba = BA(b'sub')
print(repr(ba), type(ba).__name__, ba + b'x', type(ba.upper()).__name__, type(ba[:]).__name__)
i = bytearray(b'abc')
i.__init__(b'z')
print(i)
