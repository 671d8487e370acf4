# Slice assignment and deletion edge cases.
a = list(range(6))
try:
    a[::2] = [1, 2]
except ValueError as e:
    print(e)
a[::2] = 'xyz'
print(a)
a[1:1] = range(3)
print(a)
a[-2:] = []
print(a)
a[100:] = [99]
print(a)
del a[::3]
print(a)
try:
    a[1:2] = 5
except TypeError as e:
    print(e)
b = [1, 2, 3]
b[:] = b
print(b)
b[len(b):] = b
print(b)
s = 'abc'
try:
    s[0:1] = 'z'
except TypeError as e:
    print(e)
t = (1, 2)
try:
    del t[0:1]
except TypeError as e:
    print(e)
