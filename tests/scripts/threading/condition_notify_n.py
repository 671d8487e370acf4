# notify(n) wakes exactly n waiters; notify_all() wakes the rest.
import threading

cond = threading.Condition()
woken = []
N = 6

def waiter(i):
    with cond:
        cond.wait()
        woken.append(i)

threads = [threading.Thread(target=waiter, args=(i,)) for i in range(N)]
for t in threads:
    t.start()

def waiting():
    with cond:
        return len(cond._waiters)

while waiting() < N:
    pass

with cond:
    cond.notify(2)
# Two threads finish, the others keep waiting.
while True:
    with cond:
        if len(woken) == 2:
            break
print(len(woken), waiting())
with cond:
    cond.notify(1)
while True:
    with cond:
        if len(woken) == 3:
            break
print(len(woken), waiting())
with cond:
    cond.notify(0)
    cond.notify(-1)
print(waiting())
with cond:
    cond.notify_all()
for t in threads:
    t.join()
print(sorted(woken), waiting())
