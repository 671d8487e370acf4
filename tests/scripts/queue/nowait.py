# put_nowait/get_nowait and block=False raise Full and Empty at once.
import queue

q = queue.Queue(maxsize=1)
try:
    q.get_nowait()
except queue.Empty as e:
    print("get_nowait:", type(e).__name__, repr(e), str(e) == "")
try:
    q.get(block=False)
except queue.Empty:
    print("get(block=False): Empty")
q.put_nowait("only")
try:
    q.put_nowait("more")
except queue.Full as e:
    print("put_nowait:", type(e).__name__, repr(e))
try:
    q.put("more", block=False)
except queue.Full:
    print("put(block=False): Full")
try:
    q.put("more", False, 10)
except queue.Full:
    print("block=False ignores timeout: Full")
print(q.get_nowait(), q.qsize())
print("put_nowait returns", queue.Queue().put_nowait(1))

# Unbounded queues are never full.
u = queue.Queue()
for n in range(1000):
    u.put_nowait(n)
print("unbounded", u.qsize(), u.full())
