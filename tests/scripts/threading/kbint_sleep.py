# SIGINT interrupts the main thread in time.sleep().
import time
from _kbint import interrupt_soon

helper = interrupt_soon()
t0 = time.monotonic()
try:
    time.sleep(5)
    print("slept?!")
except KeyboardInterrupt:
    print("interrupted")
print("early:", time.monotonic() - t0 < 4)
helper.join()
# Sleeping works again afterwards.
time.sleep(0.01)
print("slept again")
