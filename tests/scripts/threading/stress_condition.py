# 64 threads share a Condition: 32 producers, 32 consumers, a bounded
# buffer; every item is consumed exactly once.
import threading

P = C = 32
PER = 200
cond = threading.Condition()
buf = []
CAP = 8
consumed = []
produced = [0]
done_producing = [0]

def producer(p):
    for i in range(PER):
        with cond:
            while len(buf) >= CAP:
                cond.wait()
            buf.append(p * PER + i)
            produced[0] += 1
            cond.notify_all()
    with cond:
        done_producing[0] += 1
        cond.notify_all()

def consumer():
    mine = []
    while True:
        with cond:
            while not buf and done_producing[0] < P:
                cond.wait()
            if not buf:
                break
            mine.append(buf.pop(0))
            cond.notify_all()
    with cond:
        consumed.extend(mine)

ts = [threading.Thread(target=producer, args=(p,)) for p in range(P)]
ts += [threading.Thread(target=consumer) for _ in range(C)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(produced[0], len(consumed), sorted(consumed) == list(range(P * PER)))
print(buf)
