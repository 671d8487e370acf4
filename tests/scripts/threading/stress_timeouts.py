# Timed waits racing with releases and notifies: locks, conditions and
# semaphores stay consistent.
import threading

N = 16
lock = threading.Lock()
count = [0]
misses = [0]
meta = threading.Lock()

def lock_worker():
    got = 0
    while got < 200:
        if lock.acquire(timeout=0.001):
            count[0] += 1
            got += 1
            lock.release()
        else:
            with meta:
                misses[0] += 1

ts = [threading.Thread(target=lock_worker) for _ in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("lock", count[0], lock.locked())

# Condition waiters that time out while a notifier keeps notifying.
cond = threading.Condition()
stop = [False]
wakes = [0]

def waiter():
    for _ in range(50):
        with cond:
            if cond.wait(0.001):
                wakes[0] += 1

def notifier():
    while not stop[0]:
        with cond:
            cond.notify()

ws = [threading.Thread(target=waiter) for _ in range(N)]
n = threading.Thread(target=notifier)
n.start()
for t in ws:
    t.start()
for t in ws:
    t.join()
stop[0] = True
n.join()
print("condition waiters left", len(cond._waiters))

# Semaphore with timed acquires.
sem = threading.Semaphore(4)
inside = [0]
peak = [0]

def sem_worker():
    done = 0
    while done < 100:
        if sem.acquire(timeout=0.001):
            with meta:
                inside[0] += 1
                peak[0] = max(peak[0], inside[0])
                inside[0] -= 1
            done += 1
            sem.release()

ts = [threading.Thread(target=sem_worker) for _ in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("semaphore", sem._value, peak[0] <= 4)
