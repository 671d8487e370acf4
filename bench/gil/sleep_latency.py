"""Extra wake-up latency of time.sleep(0.001) in one thread while another
thread spins, beyond the same sleep's overshoot with no other thread.
Prints the median extra delay in milliseconds."""
import threading
import time

SAMPLES = 100


def overshoot():
    late = []
    for _ in range(SAMPLES):
        t0 = time.perf_counter()
        time.sleep(0.001)
        late.append(time.perf_counter() - t0 - 0.001)
    late.sort()
    return late[len(late) // 2]


alone = overshoot()
stop = False


def spin():
    x = 0
    while not stop:
        x += 1


t = threading.Thread(target=spin)
t.start()
time.sleep(0.01)
busy = overshoot()
stop = True
t.join()
print(f"ms {max(0.0, busy - alone) * 1000:.4f}")
