# gilt-test: heavy (quadratic when the GC collects at every safe point)
# 8 producers and 8 consumers move 20,000 items through a Queue(maxsize=4);
# every item arrives exactly once.
import queue
import threading

PRODUCERS = 8
CONSUMERS = 8
PER_PRODUCER = 2500

q = queue.Queue(maxsize=4)
received = [[] for _ in range(CONSUMERS)]


def produce(p):
    for i in range(PER_PRODUCER):
        q.put(p * PER_PRODUCER + i)


def consume(c):
    got = received[c]
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        got.append(item)
        q.task_done()


producers = [threading.Thread(target=produce, args=(p,)) for p in range(PRODUCERS)]
consumers = [threading.Thread(target=consume, args=(c,)) for c in range(CONSUMERS)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
q.join()

items = [x for got in received for x in got]
total = PRODUCERS * PER_PRODUCER
print("count", len(items), "expected", total)
print("sum", sum(items), "expected", total * (total - 1) // 2)
print("distinct", len(set(items)) == total)
print("queue empty", q.empty(), "qsize", q.qsize(), "unfinished", q.unfinished_tasks)
