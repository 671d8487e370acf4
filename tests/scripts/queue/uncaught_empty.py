# An uncaught Empty: the traceback's last line names _queue.Empty, as on
# CPython.
import queue

q = queue.Queue()
print("about to fail")
q.get_nowait()
