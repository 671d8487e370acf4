# Executor.map yields results in input order whatever order the calls
# finish in, takes several iterables (shortest wins), and re-raises the
# first exception when it reaches it.
import threading
import time
import types
from concurrent.futures import ThreadPoolExecutor


def slow_square(n):
    # Later inputs finish first.
    time.sleep(0.002 * (10 - n))
    return n * n


def check(n):
    if n == 3:
        raise ZeroDivisionError(f"bad {n}")
    return n


with ThreadPoolExecutor(max_workers=5) as ex:
    results = ex.map(slow_square, range(10))
    print("generator", isinstance(results, types.GeneratorType))
    print(list(results))
    print(list(ex.map(pow, [2, 3, 4], [5, 6, 7, 8])))
    print(list(ex.map(str.upper, "abc", chunksize=4)))
    print(list(ex.map(abs, [])))
    got = []
    try:
        for r in ex.map(check, range(6)):
            got.append(r)
    except ZeroDivisionError as e:
        print("raised", type(e).__name__, e, "after", got)
