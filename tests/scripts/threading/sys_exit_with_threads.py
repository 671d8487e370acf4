# sys.exit() in the main thread still waits for non-daemon threads, and
# the exit status is kept.
import sys
import threading
import time

def worker():
    time.sleep(0.1)
    print("worker finished")

threading.Thread(target=worker).start()
print("exiting with 3")
sys.exit(3)
