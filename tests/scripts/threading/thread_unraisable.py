# An exception escaping a function started with _thread.start_new_thread
# is reported on stderr as "Exception ignored in thread started by".
import _thread
import io
import sys

err = io.StringIO()
sys.stderr = err
done = _thread.allocate_lock()
done.acquire()

def f():
    try:
        raise ValueError("raw failure")
    finally:
        done.release()

_thread.start_new_thread(f, ())
done.acquire()
# The report comes after f returned: wait for the thread to be gone.
while _thread._count():
    pass
sys.stderr = sys.__stderr__
lines = err.getvalue().splitlines()
print(lines[0].split(" at 0x")[0])
print(lines[1])
print(lines[-1])

# SystemExit is silent there.
err = io.StringIO()
sys.stderr = err
_thread.start_new_thread(sys.exit, (1,))
while _thread._count():
    pass
sys.stderr = sys.__stderr__
print(repr(err.getvalue()))
