# Daemon consumers blocked for ever in get() do not keep the process
# alive; a non-daemon thread that is still working does, until it ends.
import queue
import threading

q = queue.Queue()
lifo = queue.LifoQueue(maxsize=1)
lifo.put("occupied")
for _ in range(3):
    threading.Thread(target=q.get, daemon=True).start()
# A daemon blocked in put() on a full queue.
threading.Thread(target=lifo.put, args=("never",), daemon=True).start()

results = queue.Queue()
go = threading.Event()


def last_worker():
    go.wait()
    results.put("worker finished")


threading.Thread(target=last_worker).start()
print("main thread returns; daemons still blocked:",
      sum(t.daemon for t in threading.enumerate()))
go.set()
print(results.get())
