# SimpleQueue: unbounded FIFO with put/get, the nowait forms, empty and
# qsize, and no task tracking or maxsize.
import queue

q = queue.SimpleQueue()
print("empty", q.empty(), "qsize", q.qsize())
for item in range(5):
    q.put(item)
q.put_nowait("nw")
q.put("blocking args ignored", block=False, timeout=0)
print("qsize", q.qsize(), "empty", q.empty())
print([q.get() for _ in range(5)], q.get_nowait(), q.get(block=False))
try:
    q.get_nowait()
except queue.Empty as e:
    print("get_nowait on empty:", type(e).__name__)
try:
    q.get(False)
except queue.Empty:
    print("get(False) on empty: Empty")
print("has maxsize", hasattr(q, "maxsize"), "has full", hasattr(q, "full"))
print("type", queue.SimpleQueue.__name__, queue.SimpleQueue.__module__)
print("not a Queue", isinstance(q, queue.Queue))


class Tagged(queue.SimpleQueue):
    def put_tagged(self, item):
        self.put(("tag", item))


t = Tagged()
t.put_tagged(1)
print("subclass", t.get())
