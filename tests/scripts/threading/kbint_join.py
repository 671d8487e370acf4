# SIGINT interrupts the main thread blocked in Thread.join().
import threading
from _kbint import interrupt_soon

stop = threading.Event()
t = threading.Thread(target=stop.wait)
t.start()
helper = interrupt_soon()
try:
    t.join()
    print("joined?!")
except KeyboardInterrupt:
    print("interrupted")
helper.join()
# The thread can still be joined normally afterwards.
stop.set()
t.join()
print("alive after join:", t.is_alive())

# join(timeout) too.
stop.clear()
t = threading.Thread(target=stop.wait)
t.start()
helper = interrupt_soon()
try:
    t.join(30)
    print("joined?!")
except KeyboardInterrupt:
    print("interrupted timed join")
helper.join()
stop.set()
t.join()
print("alive:", t.is_alive())
