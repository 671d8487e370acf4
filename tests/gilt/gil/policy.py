# gil.policy() / gil.set_policy(): names, check-interval defaults, errors,
# and correct results under each policy.
import gil
import sys
import threading

print(gil.policy(), sys.getcheckinterval())
for name in ("interval", "legacy", "ticks"):
    gil.set_policy(name)
    print(name, gil.policy(), sys.getcheckinterval())

sys.setcheckinterval(5000)
print(sys.getcheckinterval())
for bad in ("fair", 3, None):
    try:
        gil.set_policy(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(gil.policy())


def work(out, i):
    total = 0
    for k in range(100_000):
        total += k % 7
    lock.acquire()
    out.append((i, total))
    lock.release()


lock = threading.Lock()
for name in ("ticks", "interval", "legacy"):
    gil.set_policy(name)
    out = []
    ts = [threading.Thread(target=work, args=(out, i)) for i in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(name, sorted(out))
gil.set_policy("ticks")
