# cancel() succeeds only before the call starts; cancelled futures raise
# CancelledError and skip the call at set_running_or_notify_cancel().
from concurrent.futures import Future, CancelledError


def state(f):
    return repr(f).split(" state=")[1].rstrip(">")


f = Future()
print("cancel pending", f.cancel(), state(f))
print("cancel again", f.cancel())
print("cancelled", f.cancelled(), "done", f.done(), "running", f.running())
for call in (f.result, f.exception):
    try:
        call()
    except CancelledError as e:
        print(call.__name__, "->", type(e).__name__, repr(e))
try:
    f.result(timeout=5)
except CancelledError:
    print("timeout given: still CancelledError at once")
print("set_running_or_notify_cancel", f.set_running_or_notify_cancel(), state(f))
print("cancel after notify", f.cancel(), f.cancelled())

r = Future()
r.set_running_or_notify_cancel()
print("cancel running", r.cancel(), state(r))
r.set_result(1)
print("cancel finished", r.cancel(), r.result())

print("CancelledError is", CancelledError.__mro__[1].__name__,
      issubclass(CancelledError, Exception))
