# range construction and iteration.
print(list(range(5)), list(range(2, 6)), list(range(0, 10, 3)), list(range(10, 0, -3)), list(range(0)))
print(range(5), range(1, 5), range(1, 5, 2), repr(range(0, -1, -1)))
r = range(1, 20, 4)
print(r[0], r[-1], r[1:3], len(r), 9 in r, 10 in r, r.index(13), r.count(5))
print(range(3) == range(3), range(0) == range(5, 5), range(1, 3) == range(1, 4), list(reversed(range(3))))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
try:
    range(3)[5]
except IndexError as e:
    print(e)
print(r.start, r.stop, r.step, list(range(-3, 3)), range(2**64)[2**63])
