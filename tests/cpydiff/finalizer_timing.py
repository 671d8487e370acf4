"""
Description: Finalizers run at the next collection, not the moment the last
reference goes away: a `__del__` method, and the `finally` blocks of a
generator abandoned before it finished, run when gilt's collector finds the
object unreachable (at the latest at `gc.collect()` or at exit), where
CPython runs them at once through reference counting. A value left behind
in a frame's temporary slots may also stay alive until the frame reuses
the slot or returns.
Cause: gilt's memory is managed by a tracing garbage collector without
reference counts; a collection cannot run Python code, so it queues the
finalizers and the eval loop runs them at its next check.
Workaround: close generators you stop early explicitly (`gen.close()`, or
`contextlib.closing(gen)`), and release resources with `with` blocks
rather than `__del__`. `gc.collect()` runs every finalizer due before it
returns.
"""
import gc


def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")


for n in numbers():
    break
print("after loop")  # CPython prints "cleanup" before this line; gilt after
gc.collect()         # by here both have printed "cleanup"
print("after collect")
