# _thread.interrupt_main() raises KeyboardInterrupt in the main thread.
import _thread
import threading
import time

def fire():
    time.sleep(0.1)
    _thread.interrupt_main()

t = threading.Thread(target=fire)
t.start()
try:
    threading.Event().wait(30)
    print("not interrupted?!")
except KeyboardInterrupt:
    print("interrupted in wait")
t.join()

# While the main thread runs Python code.
t = threading.Thread(target=fire)
t.start()
try:
    while True:
        time.sleep(0.001)
        sum(range(100))
except KeyboardInterrupt:
    print("interrupted in loop")
t.join()

# Called from the main thread itself: raised at the next check.
try:
    _thread.interrupt_main()
    for _ in range(100000):
        pass
    time.sleep(0.5)
    print("not interrupted?!")
except KeyboardInterrupt:
    print("interrupted self")
