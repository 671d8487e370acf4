# 64 threads each increment a shared counter 1000 times under a Lock.
import threading

N, M = 64, 1000
lock = threading.Lock()
counter = [0]
start = threading.Event()

def work():
    start.wait()
    for _ in range(M):
        with lock:
            v = counter[0]
            counter[0] = v + 1

ts = [threading.Thread(target=work) for _ in range(N)]
for t in ts:
    t.start()
start.set()
for t in ts:
    t.join()
print(counter[0])
print(lock.locked(), threading.active_count())

# The same with explicit acquire/release and a dict counter.
d = {"n": 0}

def work2():
    for _ in range(M):
        lock.acquire()
        try:
            d["n"] += 1
        finally:
            lock.release()

ts = [threading.Thread(target=work2) for _ in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(d["n"])
