# gilt-test: heavy (quadratic when the GC collects at every safe point)
# LifoQueue and PriorityQueue under contention: 4 producers, 4
# consumers each, bounded; no item lost or duplicated.
import queue
import threading


def run(q, label):
    got = []
    lock = threading.Lock()

    def produce(p):
        for i in range(1000):
            q.put((p * 1000 + i, p))

    def consume():
        mine = []
        while True:
            item = q.get()
            q.task_done()
            if item[1] is None:
                break
            mine.append(item[0])
        with lock:
            got.extend(mine)

    consumers = [threading.Thread(target=consume) for _ in range(4)]
    producers = [threading.Thread(target=produce, args=(p,)) for p in range(4)]
    for t in consumers + producers:
        t.start()
    for t in producers:
        t.join()
    # Drain first: a LifoQueue would hand out a stop marker put on top
    # of items still waiting.
    q.join()
    for _ in consumers:
        q.put((10 ** 9, None))
    for t in consumers:
        t.join()
    print(label, len(got), sorted(got) == list(range(4000)), q.qsize())


run(queue.LifoQueue(maxsize=5), "lifo")
run(queue.PriorityQueue(maxsize=5), "priority")
run(queue.Queue(maxsize=1), "fifo maxsize=1")
