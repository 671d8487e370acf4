# Comparisons across int, big int, bool, float and complex, exact at every
# size; equal numbers hash equal.
values = [0, 1, -1, True, False, 2**47 - 1, 2**47, -2**47, 2**53, 2**53 + 1,
          2**63, 2**64 + 1, -2**100, 10**30, 0.0, -0.0, 1.0, 0.5, -1.5,
          2.0**53, 2.0**63, 2.0**64, -2.0**100, 1e30, float('inf'),
          -float('inf'), float('nan'), 1 + 0j, 1j, 2**53 + 0j]
for a in values:
    row = []
    for b in values:
        try:
            row.append('%d%d%d' % (a < b, a == b, a > b))
        except TypeError:
            row.append('eq' if a == b else 'ne')
    print(repr(a), ' '.join(row))
for a in values:
    for b in values:
        if a == b and hash(a) != hash(b):
            print('hash mismatch', repr(a), repr(b))
print(sorted([3, 1.5, True, 2**70, -2.5, 0, -2**70, 1e21]))
print(max(2**100, 1e30), min(-1e300, -2**1000), 2**1000 > 1e308)
print(1 == 1.0 == True, 0 == -0.0 == False, 1 < 2.5 < 3 < 2**64)
print({1: 'a', 1.0: 'b', True: 'c'}, {0, 0.0, False, -0.0})
print(len({2**64, 2.0**64, 2**64 + 0j}), (2**64) in {2.0**64})
x = float('nan')
print(x == x, x != x, x < 1, [x] == [x], x in [x])
try:
    print(1j < 2j)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 < 'a')
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(2.5 >= None)
except TypeError as e:
    print(type(e).__name__, e)
