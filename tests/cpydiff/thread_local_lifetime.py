"""
Description: The values a thread stored in a `threading.local` stay alive
until that thread ends, even after the `local` object itself is gone
(CPython frees a thread's values as soon as the `local` is destroyed).
Cause: gilt keeps each thread's attribute dicts in the thread's state,
found by the local's identity; with a tracing collector and no
reference counts there is no moment at which the `local` "dies" for the
other threads to notice.
Workaround: delete the attributes you no longer need (`del data.big`)
before dropping the `local`, or keep a `local` for the life of the thread.
"""
import threading

data = threading.local()
data.big = bytearray(10_000_000)  # this thread's value
del data  # CPython frees the 10 MB now; gilt when this thread ends
print("done")
