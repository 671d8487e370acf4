# A Future's life by hand: pending -> running -> finished, and the
# predicates and repr at each step.
from concurrent.futures import Future


def show(label, f):
    desc = repr(f).split(" state=")[1]
    print(f"{label:10} running={f.running()} done={f.done()} "
          f"cancelled={f.cancelled()} state={desc}")


f = Future()
show("new", f)
print("set_running", f.set_running_or_notify_cancel())
show("running", f)
f.set_result(42)
show("finished", f)
print("result", f.result(), "exception", f.exception())
print("result again", f.result(timeout=0))

g = Future()
g.set_result([1, 2])
show("direct", g)
print("result", g.result())

h = Future()
h.set_result(None)
show("none", h)
print(repr(h).startswith("<Future at 0x"), repr(h).endswith("returned NoneType>"))
