# Barrier: parties, n_waiting, the indices wait() returns, the action.
import threading

N = 5
actions = []
b = threading.Barrier(N, action=lambda: actions.append(threading.current_thread().name))
print(b.parties, b.n_waiting, b.broken)
indices = []
lock = threading.Lock()

def w():
    i = b.wait()
    with lock:
        indices.append(i)

ts = [threading.Thread(target=w) for _ in range(N - 1)]
for t in ts:
    t.start()
while b.n_waiting < N - 1:
    pass
print("waiting", b.n_waiting)
i = b.wait()
for t in ts:
    t.join()
indices.append(i)
print(sorted(indices), len(actions), b.n_waiting, b.broken)

# The barrier is reusable: several rounds.
rounds = []

def worker():
    for r in range(3):
        i = b.wait()
        with lock:
            rounds.append((r, i))

ts = [threading.Thread(target=worker) for _ in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(rounds))
print(len(actions))

# A one-party barrier never blocks.
one = threading.Barrier(1)
print(one.wait(), one.wait())
