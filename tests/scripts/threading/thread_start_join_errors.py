# start() twice, join() before start(), join() of the current thread.
import threading

t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError as e:
    print("join before start:", e)
try:
    t.join(0.1)
except RuntimeError as e:
    print("join(0.1) before start:", e)
print(t.is_alive())
t.start()
try:
    t.start()
except RuntimeError as e:
    print("start twice:", e)
t.join()
try:
    t.start()
except RuntimeError as e:
    print("start after end:", e)

try:
    threading.current_thread().join()
except RuntimeError as e:
    print("join main:", e)

errors = []

def self_join():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        errors.append(str(e))

t = threading.Thread(target=self_join)
t.start()
t.join()
print("join self:", errors)

# A subclass whose __init__ forgets Thread.__init__.
class Bad(threading.Thread):
    def __init__(self):
        pass

b = Bad()
try:
    b.start()
except RuntimeError as e:
    print("no __init__:", e)
try:
    b.join()
except RuntimeError as e:
    print("no __init__ join:", e)
