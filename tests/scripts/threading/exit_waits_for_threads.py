# atexit handlers run after non-daemon threads were joined; the main
# thread counts as stopped by then.
import atexit
import threading
import time

atexit.register(lambda: print("atexit handler"))

def worker():
    while threading.main_thread().is_alive():
        time.sleep(0.01)
    print("worker: main thread stopped")
    time.sleep(0.05)
    print("worker done")

threading.Thread(target=worker).start()
print("main done")
