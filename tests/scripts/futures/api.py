# The names concurrent.futures exports and where its exceptions sit.
import concurrent.futures as cf
import concurrent.futures.thread
from concurrent.futures import _base

print(cf.__all__)
print(sorted(dir(cf)) == sorted(cf.__all__ + ("__doc__",)) or
      sorted(dir(cf)) == sorted(cf.__all__ + ("__author__", "__doc__")))
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
print(cf.ThreadPoolExecutor is concurrent.futures.thread.ThreadPoolExecutor)
print(cf.InvalidStateError is _base.InvalidStateError)
for exc in (cf.CancelledError, cf.TimeoutError, cf.InvalidStateError,
            cf.BrokenExecutor, concurrent.futures.thread.BrokenThreadPool):
    print(exc.__name__, [k.__name__ for k in exc.__mro__[1:-2]])
print(cf.TimeoutError is TimeoutError, _base.TimeoutError is TimeoutError)
print(issubclass(cf.ThreadPoolExecutor, cf.Executor))
try:
    cf.NoSuchExecutor
except AttributeError as e:
    print(type(e).__name__, e)
try:
    cf.Executor().submit(abs, 1)
except NotImplementedError as e:
    print("Executor.submit", type(e).__name__)
print("Future[int]", cf.Future[int], type(cf.Future[int]).__name__)
print("_WorkItem[str]", concurrent.futures.thread._WorkItem[str])
