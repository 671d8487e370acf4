# Helper for the kbint_* tests: send SIGINT to this process from another
# thread after a delay, while the main thread blocks.
import os
import threading
import time


def interrupt_soon(delay=0.2):
    def fire():
        time.sleep(delay)
        os.kill(os.getpid(), 2)

    t = threading.Thread(target=fire, daemon=True)
    t.start()
    return t
