# _thread.exit() and SystemExit end a thread silently.
import _thread
import sys
import threading

out = []

def f():
    out.append("before")
    _thread.exit()
    out.append("after")

t = threading.Thread(target=f)
t.start()
t.join()
print(out)

def g():
    try:
        _thread.exit()
    except SystemExit as e:
        out.append(("caught", type(e).__name__, e.args))
        raise

t = threading.Thread(target=g)
t.start()
t.join()
print(out[-1])

def h():
    sys.exit("message")

t = threading.Thread(target=h)
t.start()
t.join()
print("after sys.exit in thread", t.is_alive())

done = _thread.allocate_lock()
done.acquire()

def raw():
    try:
        _thread.exit_thread()
    finally:
        done.release()

_thread.start_new_thread(raw, ())
done.acquire()
print("raw thread exited")
print("main exits normally")
