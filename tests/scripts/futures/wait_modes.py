# wait() with FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED and a
# timeout; results are (done, not_done) sets.
import threading
from concurrent.futures import (ThreadPoolExecutor, Future, wait,
                                FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)


def tags(futures):
    return sorted(names[f] for f in futures)


def fail():
    raise ValueError("boom")


gates = [threading.Event() for _ in range(3)]
with ThreadPoolExecutor(max_workers=4) as ex:
    quick = ex.submit(lambda: "quick")
    blocked = [ex.submit(g.wait) for g in gates]
    names = {quick: "quick", blocked[0]: "b0", blocked[1]: "b1", blocked[2]: "b2"}

    res = wait([quick] + blocked, return_when=FIRST_COMPLETED)
    print("FIRST_COMPLETED", tags(res.done), tags(res.not_done), type(res).__name__)

    res = wait(blocked, timeout=0.05)
    print("timeout", tags(res.done), tags(res.not_done))

    gates[0].set()
    res = wait(blocked[:1], return_when=ALL_COMPLETED)
    print("ALL_COMPLETED one", tags(res.done))

    bad = ex.submit(fail)
    names[bad] = "bad"
    res = wait([bad, blocked[1], blocked[2]], return_when=FIRST_EXCEPTION)
    print("FIRST_EXCEPTION", tags(res.done), tags(res.not_done))

    # With no exception, FIRST_EXCEPTION waits for all.
    gates[1].set()
    gates[2].set()
    done, not_done = wait([quick] + blocked, return_when=FIRST_EXCEPTION)
    print("FIRST_EXCEPTION none raised", tags(done), tags(not_done))

    print("ALL_COMPLETED", tags(wait(names).done))

print("empty", wait([]))
f = Future()
f.set_result(1)
print("duplicates", len(wait([f, f, f]).done))
try:
    wait([Future()], return_when="SOMETIMES")
except ValueError as e:
    print(type(e).__name__, e)

# A future completed by another thread while wait() waits.
pending = Future()


def finish_later():
    pending.set_result("x")


t = threading.Timer(0.02, finish_later)
t.start()
print("waited", [r.result() for r in wait([pending], timeout=10).done])
t.join()
