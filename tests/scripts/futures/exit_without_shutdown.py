# An executor never shut down: the script ends while one worker is idle
# and another is still busy; the interpreter lets the busy call finish,
# stops the workers and exits instead of hanging.
import threading
from concurrent.futures import ThreadPoolExecutor

ex = ThreadPoolExecutor(max_workers=2)
print(sorted(ex.map(abs, [-3, -1, -2])))
main_done = threading.Event()


def busy():
    main_done.wait()
    print("busy task finished")


ex.submit(busy)
idle = ThreadPoolExecutor(max_workers=1)
idle.submit(print, "idle pool ran one task").result()
print("main ends")
main_done.set()
