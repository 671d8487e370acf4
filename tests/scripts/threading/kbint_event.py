# SIGINT interrupts the main thread blocked in Event.wait().
import threading
from _kbint import interrupt_soon

e = threading.Event()
helper = interrupt_soon()
try:
    e.wait()
    print("set?!")
except KeyboardInterrupt:
    print("interrupted")
helper.join()
print(e.is_set())
# The event still works.
t = threading.Thread(target=e.set)
t.start()
print(e.wait(5))
t.join()

e2 = threading.Event()
helper = interrupt_soon()
try:
    e2.wait(30)
    print("set?!")
except KeyboardInterrupt:
    print("interrupted timed wait")
helper.join()
