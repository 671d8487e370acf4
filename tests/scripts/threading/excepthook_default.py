# The default excepthook prints "Exception in thread NAME:" and the
# traceback to sys.stderr; SystemExit is silent.
import io
import sys
import threading

err = io.StringIO()
sys.stderr = err

def boom():
    raise ValueError("boom")

t = threading.Thread(target=boom, name="worker-1")
t.start()
t.join()
t = threading.Thread(target=sys.exit, args=(5,), name="quiet")
t.start()
t.join()
sys.stderr = sys.__stderr__
lines = err.getvalue().splitlines()
print(lines[0])
print(lines[1])
print(lines[-1])
print(any("quiet" in l for l in lines))
print(any('in boom' in l for l in lines))
print("main continues")

# Calling the hook directly.
err = io.StringIO()
sys.stderr = err
try:
    raise TypeError("direct")
except TypeError:
    threading.excepthook(threading.ExceptHookArgs([*sys.exc_info(), None]))
sys.stderr = sys.__stderr__
lines = err.getvalue().splitlines()
print(lines[0].startswith("Exception in thread "), lines[-1])
