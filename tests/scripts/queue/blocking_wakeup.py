# A get() blocked on an empty queue is woken by put(); a put() blocked on
# a full queue is woken by get().
import queue
import threading

q = queue.Queue(maxsize=1)
events = []
lock = threading.Lock()


def log(msg):
    with lock:
        events.append(msg)


def getter():
    log("getter waiting")
    item = q.get()
    log(f"getter got {item}")


t = threading.Thread(target=getter)
t.start()
# Wait until the getter is really blocked: it is one of not_empty's waiters.
while True:
    with q.mutex:
        if q.not_empty._waiters:
            break
q.put("A")
t.join()

q.put("B")
put_started = threading.Event()


def putter():
    put_started.set()
    q.put("C")


t = threading.Thread(target=putter)
t.start()
put_started.wait()
while True:
    with q.mutex:
        if q.not_full._waiters:
            break
log("putter blocked, queue full " + str(q.full()))
log("main got " + q.get())
t.join()
log("putter done, queue holds " + str(list(q.queue)))
log("main got " + q.get())
print("\n".join(events))
