"""
Description: A generator abandoned before it finishes is not closed at once:
its `finally` blocks and `with` exits do not run when the last reference
goes away (CPython closes it immediately through reference counting).
Cause: gilt's memory is managed by a tracing garbage collector without
reference counts, and a collection cannot run Python code.
Workaround: close generators you stop early, explicitly (`gen.close()`), or
use `contextlib.closing(gen)`.
"""


def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")


for n in numbers():
    break
print("after loop")  # CPython prints "cleanup" before this line; gilt does not

g = numbers()
next(g)
g.close()  # portable: prints "cleanup" on both
