# Many threads put into one SimpleQueue while others get from it; every
# item arrives once, and each producer's items arrive in its order.
import queue
import threading

q = queue.SimpleQueue()
PRODUCERS, CONSUMERS, EACH = 4, 4, 2000
got = [[] for _ in range(CONSUMERS)]


def produce(p):
    for i in range(EACH):
        q.put((p, i))


def consume(c):
    while True:
        item = q.get()
        if item is None:
            return
        got[c].append(item)


consumers = [threading.Thread(target=consume, args=(c,)) for c in range(CONSUMERS)]
producers = [threading.Thread(target=produce, args=(p,)) for p in range(PRODUCERS)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()

items = [x for g in got for x in g]
print("count", len(items), "distinct", len(set(items)))
# Each consumer sees each producer's items in increasing order.
in_order = all(
    [i for p2, i in g if p2 == p] == sorted(i for p2, i in g if p2 == p)
    for g in got for p in range(PRODUCERS))
print("per-producer order kept", in_order)
print("empty", q.empty())
