# maxsize 0 or negative means unbounded: put never blocks, full() is False.
import queue

for size in (0, -1, -100):
    q = queue.Queue(maxsize=size)
    for n in range(50):
        q.put(n, timeout=0)
    print(size, q.qsize(), q.full(), q.maxsize)
print(queue.LifoQueue(-5).full(), queue.PriorityQueue(0).full())
q = queue.Queue(1)
q.put(0)
print("maxsize 1 full", q.full())
