# Exceptions in threads do not kill the main thread or other threads.
import threading

threading.excepthook = lambda args: None
results = []
lock = threading.Lock()

def work(i):
    if i % 3 == 0:
        raise RuntimeError(f"fail {i}")
    with lock:
        results.append(i)

ts = [threading.Thread(target=work, args=(i,)) for i in range(12)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results))
print([t.is_alive() for t in ts].count(True))
print(threading.active_count())

# A lock held by a thread that died stays held (a Lock is not owned).
l = threading.Lock()

def die_holding():
    l.acquire()
    raise ValueError

t = threading.Thread(target=die_holding)
t.start()
t.join()
print(l.locked())
l.release()

# Recursion errors in a thread are caught as usual.
def deep(n):
    return deep(n + 1)

caught = []

def rec():
    try:
        deep(0)
    except RecursionError:
        caught.append("RecursionError")

t = threading.Thread(target=rec)
t.start()
t.join()
print(caught)
print("done")
