# gilt-test: heavy
# 10,000 threads started and joined, in batches of 100.
import threading

count = [0]
lock = threading.Lock()

def work(i):
    with lock:
        count[0] += 1

total = 0
for batch in range(100):
    ts = [threading.Thread(target=work, args=(i,)) for i in range(100)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    total += len(ts)
print(total, count[0])
print(threading.active_count())
