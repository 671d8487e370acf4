# Condition methods used without holding the lock.
import threading

cond = threading.Condition()
for name, call in [("wait", lambda: cond.wait()),
                   ("wait(1)", lambda: cond.wait(1)),
                   ("wait_for", lambda: cond.wait_for(lambda: False, 0.1)),
                   ("notify", lambda: cond.notify()),
                   ("notify_all", lambda: cond.notify_all()),
                   ("release", lambda: cond.release())]:
    try:
        call()
        print(name, "no error")
    except RuntimeError as e:
        print(name, "RuntimeError:", e)

# An RLock held by another thread is not owned by us.
held = threading.Event()
done = threading.Event()
c3 = threading.Condition(threading.RLock())

def holder3():
    with c3:
        held.set()
        done.wait()

t = threading.Thread(target=holder3)
t.start()
held.wait()
try:
    c3.notify()
except RuntimeError as e:
    print("rlock notify RuntimeError:", e)
done.set()
t.join()
