# The daemon flag: default, inheritance, explicit, and after start.
import threading

print(threading.main_thread().daemon)
t = threading.Thread(target=lambda: None)
print(t.daemon)
t = threading.Thread(target=lambda: None, daemon=True)
print(t.daemon)
t.daemon = False
print(t.daemon)
t.daemon = True
print(t.daemon)

# A thread started from a daemon thread is a daemon by default.
seen = {}

def inner():
    pass

def outer():
    a = threading.Thread(target=inner)
    b = threading.Thread(target=inner, daemon=False)
    seen["inherited"] = a.daemon
    seen["explicit"] = b.daemon
    seen["self"] = threading.current_thread().daemon

t = threading.Thread(target=outer, daemon=True)
t.start()
t.join()
print(sorted(seen.items()))

seen.clear()
t = threading.Thread(target=outer)
t.start()
t.join()
print(sorted(seen.items()))

# Setting daemon on a started thread is an error.
ev = threading.Event()
t = threading.Thread(target=ev.wait)
t.start()
try:
    t.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
ev.set()
t.join()
try:
    t.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
print(t.daemon)
