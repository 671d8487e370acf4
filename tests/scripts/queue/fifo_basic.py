# Queue is first in, first out; qsize/empty/full and maxsize track it.
import queue

q = queue.Queue()
print("maxsize", q.maxsize, "empty", q.empty(), "full", q.full(), "qsize", q.qsize())
for item in ["a", 1, None, (2, 3), [4]]:
    q.put(item)
print("qsize", q.qsize(), "empty", q.empty(), "full", q.full())
print([q.get() for _ in range(5)])
print("empty again", q.empty())

b = queue.Queue(maxsize=3)
print("bounded maxsize", b.maxsize)
for n in range(3):
    b.put(n)
    print("put", n, "qsize", b.qsize(), "full", b.full())
print("get", b.get(), "full", b.full())
b.maxsize = 2
print("maxsize lowered: full", b.full())
print("queue attr", type(b.queue).__name__, list(b.queue))
print("keyword args", queue.Queue(maxsize=5).maxsize, queue.Queue(7).maxsize)
