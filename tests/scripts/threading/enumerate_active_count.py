# enumerate() and active_count() as threads start and end.
import threading

print(threading.active_count(), len(threading.enumerate()))
print([t.name for t in threading.enumerate()])

go = threading.Event()
started = threading.Semaphore(0)

def work():
    started.release()
    go.wait()

threads = [threading.Thread(target=work, name=f"w{i}") for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    started.acquire()
print(threading.active_count(), len(threading.enumerate()))
print(sorted(t.name for t in threading.enumerate()))
print(all(t in threading.enumerate() for t in threads))
go.set()
for t in threads:
    t.join()
print(threading.active_count())
print([t.name for t in threading.enumerate()])
print(type(threading.enumerate()).__name__)
