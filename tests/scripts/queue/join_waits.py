# join() blocks until the last task_done(), even after the queue is empty;
# several threads may join at once.
import queue
import threading

q = queue.Queue()
for n in range(3):
    q.put(n)
items = [q.get() for _ in range(3)]
print("queue empty", q.empty(), "unfinished", q.unfinished_tasks)

joined = []
lock = threading.Lock()
waiting = threading.Semaphore(0)


def joiner(name):
    waiting.release()
    q.join()
    with lock:
        joined.append(name)


threads = [threading.Thread(target=joiner, args=(f"j{i}",)) for i in range(3)]
for t in threads:
    t.start()
for _ in threads:
    waiting.acquire()
q.task_done()
q.task_done()
with lock:
    print("after two task_done", joined)
q.task_done()
for t in threads:
    t.join()
print("after the last", sorted(joined))
