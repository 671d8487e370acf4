# Non-daemon threads are joined at exit: their output comes after the
# main thread's last line.
import threading
import time

go = threading.Event()

def late(i):
    go.wait()
    time.sleep(0.05 * (i + 1))
    print("thread", i, "finished after main")

for i in range(3):
    threading.Thread(target=late, args=(i,)).start()

def release():
    time.sleep(0.05)
    go.set()

threading.Thread(target=release, daemon=True).start()
print("main done")
