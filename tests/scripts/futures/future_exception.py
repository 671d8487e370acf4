# set_exception(): result() re-raises the stored exception, exception()
# returns it, and the repr names its type.
from concurrent.futures import Future


class AppError(Exception):
    pass


f = Future()
f.set_running_or_notify_cancel()
err = AppError("bad input", 7)
f.set_exception(err)
print("done", f.done(), "running", f.running())
print("repr", repr(f).split(" state=")[1])
print("exception is err", f.exception() is err)
for attempt in range(2):
    try:
        f.result()
    except AppError as e:
        print("raised", type(e).__name__, e.args, e is err)

g = Future()
g.set_exception(KeyboardInterrupt())
try:
    g.result()
except BaseException as e:
    print("BaseException", type(e).__name__)
print("exception()", type(g.exception()).__name__)

h = Future()
h.set_exception(ValueError("zero"))
print("timeout ok", type(h.exception(timeout=0)).__name__)
