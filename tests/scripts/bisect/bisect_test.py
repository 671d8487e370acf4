# bisect: insertion points and insort, with lo/hi and key.
import bisect

a = [1, 2, 2, 2, 3, 5]
print([bisect.bisect_left(a, x) for x in (0, 2, 4, 6)], [bisect.bisect_right(a, x) for x in (0, 2, 4, 6)])
print(bisect.bisect(a, 2), bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 2), bisect.bisect_left(a, 9, hi=3))
b = []
for v in [5, 1, 4, 1, 3]:
    bisect.insort(b, v)
print(b)
bisect.insort_left(b, 4)
bisect.insort_right(b, 0)
print(b)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('d', 4), key=lambda r: r[1])
print(recs)
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print('ValueError', e)


def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
print(bisect.bisect_left('abdf', 'c'), bisect.bisect_right((1.5, 2.5), 2.5))
