# The Executor base class gives map(), shutdown() and the with statement
# to any subclass that implements submit().
from concurrent.futures import Executor, Future


class InlineExecutor(Executor):
    """Runs each call at once, in the caller's thread."""

    def __init__(self):
        self.calls = 0
        self.closed = False

    def submit(self, fn, /, *args, **kwargs):
        if self.closed:
            raise RuntimeError("closed")
        self.calls += 1
        future = Future()
        if future.set_running_or_notify_cancel():
            try:
                future.set_result(fn(*args, **kwargs))
            except BaseException as exc:
                future.set_exception(exc)
        return future

    def shutdown(self, wait=True, *, cancel_futures=False):
        self.closed = True
        print("shutdown wait =", wait)


with InlineExecutor() as ex:
    print(ex.submit(divmod, 17, 5).result())
    print(list(ex.map(len, ["a", "bb", "ccc"])))
    print(list(ex.map(max, [1, 5], [4, 2], timeout=1)))
    it = ex.map(int, ["1", "x", "3"])
    print(next(it))
    try:
        next(it)
    except ValueError as e:
        print("map raised", type(e).__name__)
print("calls", ex.calls, "closed", ex.closed)

plain = Executor()
print("base shutdown", plain.shutdown(), "enter", plain.__enter__() is plain)
