# Where the caret of a failing method call points (the whole call; from
# the attribute name when it spans lines), as CPython 3.11 places it.
import traceback
x = [1]
def show(f):
    try:
        f()
    except Exception:
        print(traceback.format_exc().splitlines()[-3:])
show(lambda: x.index(5))
show(lambda: (x
    .index(
        5)))
show(lambda: x.nosuch(5))
show(lambda: x.index(5, 0,
    1))
