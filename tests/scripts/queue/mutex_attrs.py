# The documented internals: one mutex shared by the three conditions,
# the container in .queue, and unfinished_tasks.
import queue
import threading

q = queue.Queue(3)
print(type(q.mutex) is type(threading.Lock()))
for cond in (q.not_empty, q.not_full, q.all_tasks_done):
    print(type(cond).__name__, cond._lock is q.mutex)
q.put(1)
q.put(2)
print("unfinished", q.unfinished_tasks, "queue", list(q.queue))
with q.mutex:
    print("locked while held", q.mutex.locked())
print("locked after", q.mutex.locked())
print(type(queue.LifoQueue().queue).__name__, type(queue.PriorityQueue().queue).__name__)
