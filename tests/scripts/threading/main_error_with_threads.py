# An uncaught exception in the main thread: the traceback is printed,
# non-daemon threads still finish, the status is 1.
import threading
import time

def worker():
    time.sleep(0.1)
    print("worker finished")

threading.Thread(target=worker).start()
print("raising")
raise ValueError("main failed")
