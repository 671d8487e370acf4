# gil.trace(path): Chrome trace-event JSON, one track per thread.
import gil
import json
import os
import threading
import time

path = "trace_test_output.json"


def spin():
    x = 0
    for i in range(100_000):
        x += i


def nap():
    time.sleep(0.01)


with gil.trace(path) as tr:
    print(repr(tr))
    ts = [threading.Thread(target=spin, name="spinner"),
          threading.Thread(target=nap, name="napper")]
    for t in ts:
        t.start()
    for t in ts:
        t.join()

with open(path) as f:
    doc = json.load(f)
os.remove(path)
events = doc["traceEvents"]
names = {e["args"]["name"] for e in events if e["ph"] == "M" and e["name"] == "thread_name"}
print(sorted(names))
spans = [e for e in events if e["ph"] == "X"]
kinds = {e["name"] for e in spans}
print(kinds <= {"running", "waiting for the GIL", "blocked (I/O, sleep, wait)"},
      "running" in kinds)
print(all(e["dur"] >= 0 and e["ts"] >= 0 for e in spans))
tids = {e["args"]["name"]: e["tid"] for e in events if e["ph"] == "M" and e["name"] == "thread_name"}
print(len(set(tids.values())) == len(tids))
napper = [e for e in spans if e["tid"] == tids["napper"]]
print("napper blocked", any(e["name"].startswith("blocked") for e in napper))
spinner = [e for e in spans if e["tid"] == tids["spinner"]]
print("spinner ran", any(e["name"] == "running" for e in spinner))

try:
    with gil.trace("/nonexistent-dir/x.json"):
        pass
except OSError as e:
    print(type(e).__name__, e.errno)
