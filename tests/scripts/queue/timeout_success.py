# get(timeout) and put(timeout) succeed when another thread makes room or
# supplies an item before the time runs out.
import queue
import threading

q = queue.Queue(maxsize=1)
threading.Timer(0.02, q.put, args=("arrived",)).start()
print("get:", q.get(timeout=10))

q.put("blocker")
threading.Timer(0.02, q.get).start()
q.put("second", timeout=10)
print("put succeeded:", list(q.queue))

lq = queue.LifoQueue(maxsize=1)
threading.Timer(0.02, lq.put, args=(1,)).start()
print("lifo get:", lq.get(True, 10))

pq = queue.PriorityQueue()
threading.Timer(0.02, pq.put, args=((1, "p"),)).start()
print("priority get:", pq.get(timeout=10))
