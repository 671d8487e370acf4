# Daemon threads still running at exit do not keep the process alive.
import threading
import time

started = threading.Event()

def forever():
    started.set()
    while True:
        time.sleep(0.01)

def blocked():
    threading.Event().wait()

def spinning():
    x = 0
    while True:
        x += 1

for f in (forever, blocked, spinning):
    threading.Thread(target=f, daemon=True).start()
started.wait()
print("daemons running:", threading.active_count())
print("main exits")
