# as_completed() yields futures as they finish, each once, finished ones
# first, and raises TimeoutError naming how many were unfinished.
import threading
from concurrent.futures import ThreadPoolExecutor, Future, as_completed

# Release the calls one at a time, in an order unlike the submission.
order = [3, 0, 4, 1, 2]
gates = {n: threading.Event() for n in order}

with ThreadPoolExecutor(max_workers=5) as ex:
    futures = {ex.submit(gates[n].wait): n for n in range(5)}
    seen = []
    it = as_completed(futures)
    for n in order:
        gates[n].set()
        seen.append(futures[next(it)])
    print("completion order", seen, "== release order", seen == order)
    print("exhausted", next(it, "end"))

done = Future()
done.set_result(1)
print("already done", [f.result() for f in as_completed([done, done])])

waiting = [Future() for _ in range(3)]
waiting[0].set_result("a")
got = []
try:
    for f in as_completed(waiting + [done], timeout=0.05):
        got.append(f.result())
except TimeoutError as e:
    print("got", sorted(got, key=str), "then", type(e).__name__, e)

# Cancelled futures count once the executor has skipped them.
c = Future()
c.cancel()
c.set_running_or_notify_cancel()
print("cancelled yielded", [f.cancelled() for f in as_completed([c])])

# A generator: nothing happens until it is iterated.
late = Future()
gen = as_completed([late])
threading.Timer(0.02, late.set_result, args=("late",)).start()
print("late", [f.result() for f in gen])
