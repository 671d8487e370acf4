# del on names, items, slices, attributes.
x = 1
del x
try:
    x
except NameError as e:
    print(e)
lst = list(range(10))
del lst[0]
del lst[-1]
print(lst)
del lst[2:5]
print(lst)
del lst[::2]
print(lst)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
class O: pass
o = O()
o.attr = 5
del o.attr
print(hasattr(o, 'attr'))
a, b = 1, 2
del a, b
print('a' in dir(), 'b' in dir())
m = [[1, 2], [3, 4]]
del m[0][1]
print(m)
t = [1, 2, 3]
del (t[0], t[0])
print(t)
