# A negative timeout is a ValueError, but only where a wait could happen.
import queue


def attempt(label, fn, *args, **kwargs):
    try:
        result = fn(*args, **kwargs)
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "-> ok", result)


q = queue.Queue(maxsize=1)
attempt("get empty, timeout=-1", q.get, timeout=-1)
attempt("put bounded, timeout=-1", q.put, 1, timeout=-1)
q.put(1)
attempt("get non-empty, timeout=-1", q.get, timeout=-1)
attempt("get non-empty, timeout=-0.5", q.get, True, -0.5)
attempt("put full, block=False, timeout=-1", q.put, 1, False, -1)
attempt("put bounded non-full, timeout=-1", q.put, 2, timeout=-1)
attempt("get block=False, timeout=-1", q.get, False, -1)

u = queue.Queue()
attempt("put unbounded, timeout=-1", u.put, 1, timeout=-1)
attempt("get", u.get)

s = queue.SimpleQueue()
attempt("SimpleQueue get, timeout=-1", s.get, timeout=-1)
s.put(5)
attempt("SimpleQueue get non-empty, timeout=-1", s.get, timeout=-1)
attempt("SimpleQueue put, timeout=-1", s.put, 6, timeout=-1)
attempt("SimpleQueue get block=False, timeout=-1", s.get, False, -1)
attempt("SimpleQueue get_nowait", s.get_nowait)
