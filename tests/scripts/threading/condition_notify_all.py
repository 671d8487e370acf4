# notify_all() wakes every waiter; each re-acquires the lock in turn.
import threading

cond = threading.Condition()
go = False
done = []
N = 10

def waiter(i):
    with cond:
        while not go:
            cond.wait()
        done.append(i)

threads = [threading.Thread(target=waiter, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
while True:
    with cond:
        if len(cond._waiters) == N:
            break
with cond:
    go = True
    cond.notify_all()
for t in threads:
    t.join()
print(sorted(done))
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    with cond:
        cond.notifyAll()
print([str(x.message) for x in w], [x.category.__name__ for x in w])
