# Condition: a waiter is woken by notify(); the lock is re-held on return.
import threading

cond = threading.Condition()
state = {"ready": False}
log = []

def waiter():
    with cond:
        while not state["ready"]:
            r = cond.wait()
            log.append(("woke", r))
        log.append(("owned", cond._is_owned()))

t = threading.Thread(target=waiter)
t.start()
# Wait until the waiter is really waiting.
while True:
    with cond:
        if cond._waiters:
            break
with cond:
    state["ready"] = True
    cond.notify()
t.join()
print(log)

# notify() with nobody waiting is fine.
with cond:
    cond.notify()
    cond.notify_all()
print("notify without waiters ok")

# with returns the lock's __enter__ value.
with cond as v:
    print("with value", v)

# Condition over a plain Lock.
c2 = threading.Condition(threading.Lock())
with c2:
    print(c2.wait(0.01))
print(c2.acquire(), c2.acquire(False))
c2.release()

# An RLock held recursively is fully released by wait() and restored.
r = threading.RLock()
c3 = threading.Condition(r)
flag = []

def notifier():
    with c3:
        flag.append("notifier got the lock")
        c3.notify()

with c3:
    with c3:
        t = threading.Thread(target=notifier)
        t.start()
        ok = c3.wait(5)
        print("woken", ok, flag)
        print("count restored", r._is_owned())
    print("outer still owned", r._is_owned())
print("released", r._is_owned())
t.join()
