# Several worker threads share a queue; join() returns once each item
# put has been marked done with task_done().
import queue
import threading

q = queue.Queue()
results = []
lock = threading.Lock()


def worker():
    while True:
        item = q.get()
        with lock:
            results.append(item * item)
        q.task_done()


for _ in range(4):
    threading.Thread(target=worker, daemon=True).start()

for round_ in range(3):
    for n in range(100):
        q.put(n + round_ * 100)
    q.join()
    print("round", round_, "done", len(results), "unfinished", q.unfinished_tasks)
print("sum", sum(results) == sum(n * n for n in range(300)))

# join() on a queue with nothing put returns at once.
queue.Queue().join()
print("empty join returned")
