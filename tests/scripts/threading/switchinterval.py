# sys.getswitchinterval / setswitchinterval round trip and errors.
import sys

orig = sys.getswitchinterval()
print(type(orig).__name__, orig > 0)
for v in (0.001, 0.5, 1, 1e-6, 0.005):
    sys.setswitchinterval(v)
    print(v, abs(sys.getswitchinterval() - v) < 1e-7)
for bad in (0, -1, -0.001, 0.0):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ("x", None):
    try:
        sys.setswitchinterval(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    sys.setswitchinterval()
except TypeError:
    print("TypeError without argument")
sys.setswitchinterval(orig)
print(sys.getswitchinterval() == orig)

# Threads still work with a tiny interval.
import threading
sys.setswitchinterval(1e-5)
total = [0]
lock = threading.Lock()

def work():
    for _ in range(2000):
        with lock:
            total[0] += 1

ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(total[0])
sys.setswitchinterval(orig)
