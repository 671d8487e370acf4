# task_done() once per item fetched; once too often is a ValueError and
# leaves the count at zero.
import queue

q = queue.Queue()
try:
    q.task_done()
except ValueError as e:
    print(type(e).__name__, e)
print("unfinished", q.unfinished_tasks)
q.put("a")
q.put("b")
print("unfinished after 2 puts", q.unfinished_tasks)
q.get()
q.task_done()
print("after one task_done", q.unfinished_tasks)
# task_done counts puts, not gets: the second item is still queued.
q.task_done()
print("after second task_done", q.unfinished_tasks, "qsize", q.qsize())
q.join()
print("join returns at zero")
try:
    q.task_done()
except ValueError as e:
    print("again:", e)
print("unfinished", q.unfinished_tasks)
for cls in (queue.LifoQueue, queue.PriorityQueue):
    try:
        cls().task_done()
    except ValueError as e:
        print(cls.__name__, e)
print("SimpleQueue has task_done", hasattr(queue.SimpleQueue(), "task_done"),
      hasattr(queue.SimpleQueue(), "join"))
