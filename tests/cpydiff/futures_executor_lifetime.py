"""
Description: a ThreadPoolExecutor that is dropped without shutdown() keeps
its idle worker threads until the interpreter exits in gilt. In CPython
the workers hold the executor through a weak reference, so once it is
garbage collected they stop.
Cause: gilt has no weakref module yet, so each worker holds its executor
strongly and the executor is never collected while they run. At exit both
stop the workers the same way, after the work queued so far.
Workaround: shut executors down, best with a with statement.
"""
import gc
import threading
import time
from concurrent.futures import ThreadPoolExecutor

before = threading.active_count()
ex = ThreadPoolExecutor(max_workers=2)
ex.submit(abs, -1).result()
del ex
gc.collect()
time.sleep(0.1)  # give the workers time to notice
# CPython: 0; gilt: 1.
print("extra threads", threading.active_count() - before)
