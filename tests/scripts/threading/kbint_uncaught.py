# An uncaught KeyboardInterrupt in the main thread ends the process with
# the traceback (exit status 1), after the output so far.
import threading
from _kbint import interrupt_soon

print("waiting")
helper = interrupt_soon()
threading.Event().wait()
print("never")
