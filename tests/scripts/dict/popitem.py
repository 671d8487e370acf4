# popitem is LIFO; alternating popitem and insert must keep lookups of
# missing keys finishing (a dummy-filled index once looped forever).
d = {i: i * i for i in range(5)}
print(d.popitem(), d.popitem(), d)
for i in range(20000):
    d.popitem()
    d[i + 100] = i
print(len(d), 3 in d, -1 in d, d.get(12345), list(d))
e = {i: i for i in range(1000)}
while len(e) > 3:
    e.popitem()
print(e, 999 in e)
e[7] = 7
del e[0]
print(e.popitem(), e, e.popitem(), e.popitem(), e)
try:
    e.popitem()
except KeyError as ex:
    print('KeyError', ex)
