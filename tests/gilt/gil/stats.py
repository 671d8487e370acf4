# gil.stats(): per-thread records, totals that add up, reset_stats().
import gil
import sys
import threading
import time

gil.reset_stats()
s = gil.stats()
print(sorted(s))
print(s["policy"], s["check_interval"] == sys.getcheckinterval(),
      s["switch_interval"] == sys.getswitchinterval())
main = s["threads"][0]
print(main["name"], main["alive"], main["ident"] == threading.get_ident())
print(sorted(main))


progress = [0, 0]


def spin(me):
    # Lockstep: a spinner may only get ahead of the other by one step, and
    # it never blocks, so each step of the other needs a forced switch.
    other = 1 - me
    while progress[me] < 20:
        if progress[me] <= progress[other]:
            progress[me] += 1
            x = 0
            for i in range(2000):
                x += i


def nap():
    for _ in range(5):
        time.sleep(0.001)


sys.setcheckinterval(1000)
workers = [threading.Thread(target=spin, args=(i,), name=f"spin-{i}")
           for i in range(2)]
workers.append(threading.Thread(target=nap, name="nap"))
for t in workers:
    t.start()
for t in workers:
    t.join()

s = gil.stats()
by_name = {t["name"]: t for t in s["threads"]}
print(sorted(by_name))
for name in ("spin-0", "spin-1"):
    t = by_name[name]
    # Two CPU-bound threads with a short check interval take turns.
    print(name, t["alive"], t["acquisitions"] >= 1 + t["forced_switches"],
          t["forced_switches"] > 0, t["held"] > 0)
nap_t = by_name["nap"]
print("nap", nap_t["voluntary_switches"] >= 5, nap_t["forced_switches"] == 0)
print("switches", s["switches"] > 0, s["switches"] <= s["total"]["acquisitions"])
for key in ("acquisitions", "forced_switches", "voluntary_switches"):
    print(key, s["total"][key] == sum(t[key] for t in s["threads"]))
for key in ("held", "waited"):
    print(key, abs(s["total"][key] - sum(t[key] for t in s["threads"])) < 1e-6)
print("longest", s["total"]["longest_wait"] == max(t["longest_wait"] for t in s["threads"]),
      all(t["longest_wait"] <= t["waited"] for t in s["threads"]))

gil.reset_stats()
s = gil.stats()
print([t["name"] for t in s["threads"]], s["switches"],
      s["total"]["forced_switches"], s["total"]["voluntary_switches"])
print(type(gil.format_stats()).__name__,
      gil.format_stats().startswith("GIL statistics: policy ticks"))
