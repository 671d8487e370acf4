# A non-daemon thread that starts another one while the interpreter is
# shutting down: both are waited for.
import threading
import time

def child():
    time.sleep(0.05)
    print("child done")

def parent():
    time.sleep(0.05)
    t = threading.Thread(target=child)
    t.start()
    print("parent started child")

threading.Thread(target=parent).start()
print("main done")
