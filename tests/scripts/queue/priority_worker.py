# A worker thread serving a PriorityQueue handles the most urgent job
# first; jobs queued before it starts come out in priority order.
import queue
import threading

jobs = queue.PriorityQueue()
order = []
for prio, name in [(5, "cleanup"), (1, "page oncall"), (3, "reindex"),
                   (2, "restart"), (4, "report"), (1, "alert")]:
    jobs.put((prio, name))


def worker():
    while True:
        prio, name = jobs.get()
        if name is None:
            jobs.task_done()
            return
        order.append(f"{prio}:{name}")
        jobs.task_done()


jobs.put((99, None))
t = threading.Thread(target=worker)
t.start()
jobs.join()
t.join()
print(order)
