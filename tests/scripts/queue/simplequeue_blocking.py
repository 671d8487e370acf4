# SimpleQueue.get() blocks until an item arrives; get(timeout) returns
# the item if it comes in time.
import queue
import threading

q = queue.SimpleQueue()
ready = threading.Event()
out = []


def getter():
    ready.set()
    out.append(q.get())
    out.append(q.get(timeout=10))


t = threading.Thread(target=getter)
t.start()
ready.wait()
q.put("first")
q.put("second")
t.join()
print(out)

# A put from a Timer wakes a get with a timeout.
threading.Timer(0.02, q.put, args=("timer",)).start()
print(q.get(timeout=10))
