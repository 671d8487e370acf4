# 64 threads on an Event, a Barrier over many rounds, and thread-local
# data, all with deterministic results.
import threading

N = 64

# Barrier: 64 parties, 10 rounds; the action runs once per round.
rounds = [0]
b = threading.Barrier(N, action=lambda: rounds.__setitem__(0, rounds[0] + 1))
idx = [[] for _ in range(10)]
lock = threading.Lock()

def bworker():
    for r in range(10):
        i = b.wait()
        with lock:
            idx[r].append(i)

ts = [threading.Thread(target=bworker) for _ in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(rounds[0], all(sorted(x) == list(range(N)) for x in idx))

# Event ping-pong between two threads, 500 times.
ping = threading.Event()
pong = threading.Event()
hits = [0]

def ponger():
    for _ in range(500):
        ping.wait()
        ping.clear()
        hits[0] += 1
        pong.set()

t = threading.Thread(target=ponger)
t.start()
for _ in range(500):
    ping.set()
    pong.wait()
    pong.clear()
t.join()
print(hits[0])

# thread-local: 64 threads, each checks its own value many times.
loc = threading.local()
bad = []
start = threading.Event()

def lworker(i):
    loc.v = i
    start.wait()
    for _ in range(500):
        if loc.v != i:
            bad.append(i)
        loc.v = i

ts = [threading.Thread(target=lworker, args=(i,)) for i in range(N)]
for t in ts:
    t.start()
start.set()
for t in ts:
    t.join()
print(bad, hasattr(loc, "v"))

# Shared list appends without a lock are atomic under the GIL.
shared = []

def appender(i):
    for j in range(1000):
        shared.append(j)

ts = [threading.Thread(target=appender, args=(i,)) for i in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(shared), sum(shared) == N * sum(range(1000)))
