"""
Description: `_thread.interrupt_main(signum)` accepts only SIGINT (the
default); any other signal number raises NotImplementedError.
Cause: gilt has no `signal` module: the one signal a gilt VM handles is
SIGINT, turned into KeyboardInterrupt in the main thread.
Workaround: call `interrupt_main()` with no argument.
"""
import _thread

try:
    _thread.interrupt_main(15)  # CPython: runs the SIGTERM handler, if any
except NotImplementedError as e:
    print("gilt:", e)
