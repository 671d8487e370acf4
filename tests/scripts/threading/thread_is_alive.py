# is_alive() over a thread's life.
import threading

go = threading.Event()
running = threading.Event()

def work():
    running.set()
    go.wait()

t = threading.Thread(target=work)
print("before start", t.is_alive())
t.start()
running.wait()
print("running", t.is_alive())
print("in enumerate", t in threading.enumerate())
go.set()
t.join()
print("after join", t.is_alive())
print("in enumerate", t in threading.enumerate())
print("main", threading.main_thread().is_alive())
print("current", threading.current_thread().is_alive())

# A thread that raised is not alive afterwards either.
threading.excepthook = lambda args: None
t = threading.Thread(target=lambda: 1 / 0)
t.start()
t.join()
print("after error", t.is_alive())
