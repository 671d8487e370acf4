# initializer(*initargs) runs once in each worker before its first call;
# one that raises breaks the pool: queued and later calls fail with
# BrokenThreadPool.
import threading
from concurrent.futures import ThreadPoolExecutor, BrokenExecutor
from concurrent.futures.thread import BrokenThreadPool

local = threading.local()
inits = []
lock = threading.Lock()


def init(tag, start):
    local.tag = tag
    local.count = start
    with lock:
        inits.append(tag)


def task():
    local.count += 1
    return local.tag


with ThreadPoolExecutor(max_workers=2, initializer=init, initargs=("w", 100)) as ex:
    print(sorted(set(ex.map(lambda _: task(), range(10)))))
print("initializer calls <= 2:", 1 <= len(inits) <= 2, set(inits))


def bad_init():
    raise OSError("no resource")


# The traceback of the failed initializer is logged to stderr.
ex = ThreadPoolExecutor(max_workers=1, initializer=bad_init)
f = ex.submit(abs, -5)
try:
    f.result()
except BrokenThreadPool as e:
    print("queued call:", type(e).__name__, e)
try:
    ex.submit(abs, -6)
except BrokenExecutor as e:
    print("later submit:", type(e).__name__, e)
ex.shutdown()
print("BrokenThreadPool bases", [k.__name__ for k in BrokenThreadPool.__mro__[1:4]])

try:
    ThreadPoolExecutor(initializer=42)
except TypeError as e:
    print(type(e).__name__, e)
