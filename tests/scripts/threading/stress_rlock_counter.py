# 64 threads increment a counter 1000 times each under an RLock taken
# recursively.
import threading

N, M = 64, 1000
rlock = threading.RLock()
counter = [0]
depths = set()

def bump():
    with rlock:
        counter[0] += 1

def work():
    for i in range(M):
        with rlock:
            with rlock:
                if i % 2:
                    bump()
                else:
                    rlock.acquire()
                    counter[0] += 1
                    rlock.release()

ts = [threading.Thread(target=work) for _ in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter[0])
print(rlock._is_owned(), rlock.acquire(False))
rlock.release()
