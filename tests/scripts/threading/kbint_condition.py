# SIGINT interrupts the main thread in Condition.wait(); the lock is
# held again when KeyboardInterrupt arrives.
import threading
from _kbint import interrupt_soon

cond = threading.Condition()
helper = interrupt_soon()
with cond:
    try:
        cond.wait()
        print("notified?!")
    except KeyboardInterrupt:
        print("interrupted")
    print("owned:", cond._is_owned())
helper.join()
print("owned after with:", cond._is_owned())

# Condition.wait_for with a timeout, over a plain Lock.
c2 = threading.Condition(threading.Lock())
helper = interrupt_soon()
with c2:
    try:
        c2.wait_for(lambda: False, timeout=30)
        print("done?!")
    except KeyboardInterrupt:
        print("interrupted wait_for")
helper.join()
print("locked:", c2._lock.locked())

# Semaphore and Barrier waits are Condition waits too.
s = threading.Semaphore(0)
helper = interrupt_soon()
try:
    s.acquire()
except KeyboardInterrupt:
    print("interrupted semaphore")
helper.join()
