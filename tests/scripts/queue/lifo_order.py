# LifoQueue hands out the newest item first, bounded or not.
import queue

q = queue.LifoQueue()
for n in range(6):
    q.put(n)
print([q.get() for _ in range(6)])

q.put("x")
q.put("y")
print(q.get(), end=" ")
q.put("z")
print(q.get(), q.get())

b = queue.LifoQueue(maxsize=2)
b.put(1)
b.put(2)
print("full", b.full(), "qsize", b.qsize())
try:
    b.put_nowait(3)
except queue.Full:
    print("Full")
print(b.get_nowait(), b.get_nowait())
try:
    b.get_nowait()
except queue.Empty:
    print("Empty")
print("is a Queue", isinstance(b, queue.Queue), type(b.queue).__name__)
