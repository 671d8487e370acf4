# The camelCase aliases still work and warn.
import threading
import warnings

t = threading.Thread(target=lambda: None, name="a")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(threading.currentThread() is threading.current_thread())
    print(threading.activeCount() == threading.active_count())
    print(t.getName())
    t.setName("b")
    print(t.name, t.isDaemon())
    t.setDaemon(True)
    print(t.daemon)
    e = threading.Event()
    print(e.isSet())
    c = threading.Condition()
    with c:
        c.notifyAll()
for x in w:
    print(x.category.__name__, x.message, x.filename.rsplit("/", 1)[-1], x.lineno)
