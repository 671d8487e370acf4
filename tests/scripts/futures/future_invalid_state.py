# Finishing a future twice is an InvalidStateError; starting one that is
# not pending is a RuntimeError.
import sys
from concurrent.futures import Future, InvalidStateError, CancelledError
from concurrent.futures import _base


def attempt(label, fn, *args):
    try:
        fn(*args)
    except Exception as e:
        msg = str(e).split(":")[0]
        print(label, "->", type(e).__name__, msg)
    else:
        print(label, "-> ok")


f = Future()
f.set_result(1)
attempt("set_result twice", f.set_result, 2)
attempt("set_exception after result", f.set_exception, ValueError())
print("result kept", f.result())

c = Future()
c.cancel()
attempt("set_result on cancelled", c.set_result, 1)
c.set_running_or_notify_cancel()
attempt("set_exception on notified", c.set_exception, ValueError())

# The logged "unexpected state" line goes to stderr, not compared.
r = Future()
r.set_running_or_notify_cancel()
attempt("start running", r.set_running_or_notify_cancel)
r.set_result(0)
attempt("start finished", r.set_running_or_notify_cancel)

p = Future()
attempt("set_result pending", p.set_result, "direct")
print("InvalidStateError bases", [k.__name__ for k in InvalidStateError.__mro__[:3]])
print("Error is base", issubclass(CancelledError, _base.Error),
      issubclass(InvalidStateError, _base.Error))
