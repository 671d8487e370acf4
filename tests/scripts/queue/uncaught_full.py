# An uncaught Full ends the script with queue.Full.
import queue

q = queue.Queue(1)
q.put(1)
print("about to fail")
q.put(2, timeout=0.01)
