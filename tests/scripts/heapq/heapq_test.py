# heapq: push/pop, heapify, replace, pushpop, nlargest/nsmallest, merge.
import heapq

h = []
for v in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, v)
print(h[0], [heapq.heappop(h) for _ in range(len(h))], h)
data = [9, 1, 8, 2, 7, 3, 6, 4, 5, 0]
heapq.heapify(data)
print(data[0], sorted(data) == [heapq.heappop(data) for _ in range(10)])
h = [1, 5, 3]
heapq.heapify(h)
print(heapq.heapreplace(h, 4), h, heapq.heappushpop(h, 0), h, heapq.heappushpop(h, 10), h)
try:
    heapq.heappop([])
except IndexError as e:
    print('IndexError', e)
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print('IndexError', e)
tasks = []
for prio, name in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'aa')]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(4)])
nums = [15, 3, 99, 42, 7, 3, 88, 0, -5, 42, 61]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nlargest(1, nums), heapq.nsmallest(0, nums))
print(heapq.nlargest(20, nums) == sorted(nums, reverse=True), heapq.nsmallest(4, iter(nums)))
words = ['bb', 'a', 'dddd', 'ccc', 'ee', 'f']
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(3, words, key=len), heapq.nsmallest(2, iter(words), key=len))
pairs = [(1, 'x'), (2, 'y'), (1, 'z'), (2, 'w')]
print(heapq.nlargest(2, pairs, key=lambda p: p[0]), heapq.nsmallest(3, pairs, key=lambda p: p[0]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge(['a', 'ccc'], ['bb', 'dddd'], key=len)), list(heapq.merge([5, 3, 1], [4, 2], reverse=True)))
print(list(heapq.merge([(1, 'a'), (2, 'b')], [(1, 'c')])))
