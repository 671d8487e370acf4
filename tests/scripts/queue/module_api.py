# What the queue module exports, and where Empty and Full come from.
import queue

print(queue.__all__)
print(queue.Empty, queue.Full)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(queue.Empty.__mro__[1:], queue.Full.__mro__[1:])
print(issubclass(queue.LifoQueue, queue.Queue), issubclass(queue.PriorityQueue, queue.Queue))
print(queue.Empty("why").args, str(queue.Full("no room")))
print(all(callable(getattr(queue.Queue, name)) for name in
          ["put", "get", "put_nowait", "get_nowait", "qsize", "empty",
           "full", "task_done", "join"]))
try:
    raise queue.Empty
except Exception as e:
    print("caught", type(e).__name__, repr(e))
