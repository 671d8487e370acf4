# add_done_callback(): callbacks run in order when the future finishes or
# is cancelled, at once when it already has, and one that raises is
# reported (to stderr) without stopping the others.
import threading
from concurrent.futures import Future, ThreadPoolExecutor

log = []


def note(tag):
    def callback(fut):
        if fut.cancelled():
            log.append(f"{tag}: cancelled")
        elif fut.exception() is not None:
            log.append(f"{tag}: raised {type(fut.exception()).__name__}")
        else:
            log.append(f"{tag}: {fut.result()}")
    return callback


def broken(fut):
    raise RuntimeError("callback failed")


f = Future()
f.add_done_callback(note("first"))
f.add_done_callback(broken)
f.add_done_callback(note("second"))
print("before", log)
f.set_result("value")
print("after", log)
f.add_done_callback(note("late"))
print("late", log[-1])

log.clear()
c = Future()
c.add_done_callback(note("c"))
c.cancel()
e = Future()
e.add_done_callback(note("e"))
e.set_exception(KeyError("k"))
print(log)

# In a pool the callback runs in the worker thread that finished the call.
seen = []
done = threading.Event()


def where(fut):
    seen.append(threading.current_thread().name)
    done.set()


with ThreadPoolExecutor(max_workers=1, thread_name_prefix="cb") as ex:
    gate = threading.Event()
    fut = ex.submit(gate.wait)
    fut.add_done_callback(where)
    gate.set()
    done.wait()
print("callback thread", seen)
