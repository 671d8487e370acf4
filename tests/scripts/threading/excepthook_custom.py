# threading.excepthook receives exceptions that escape run().
import threading

captured = []

def hook(args):
    captured.append((args.exc_type.__name__, str(args.exc_value),
                     args.thread.name if args.thread else None,
                     args.exc_traceback is not None,
                     type(args).__name__))

old = threading.excepthook
print(old is threading.__excepthook__)
threading.excepthook = hook

def boom(msg):
    raise ValueError(msg)

t = threading.Thread(target=boom, args=("first",), name="T1")
t.start()
t.join()
print(captured)

class Sub(threading.Thread):
    def run(self):
        raise KeyError("sub")

t = Sub(name="T2")
t.start()
t.join()
print(captured[-1])

# SystemExit also goes to a custom hook; the default hook ignores it.
t = threading.Thread(target=lambda: exec("raise SystemExit(3)"), name="T3")
t.start()
t.join()
print(captured[-1][:3])

# The main thread carries on after all of these.
print("main alive", threading.main_thread().is_alive(), len(captured))

# ExceptHookArgs fields.
args = captured  # keep
print(threading.ExceptHookArgs is not None)

# A hook that raises: reported on stderr, the thread still ends.
def bad_hook(args):
    raise RuntimeError("hook failed")

threading.excepthook = bad_hook
import io
import sys
err = io.StringIO()
old_stderr = sys.stderr
sys.stderr = err
try:
    t = threading.Thread(target=boom, args=("again",), name="T4")
    t.start()
    t.join()
finally:
    sys.stderr = old_stderr
lines = err.getvalue().splitlines()
print(lines[0])
print(lines[-1])
print(t.is_alive())
threading.excepthook = old
