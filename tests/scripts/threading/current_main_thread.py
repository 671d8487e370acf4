# current_thread() and main_thread() from the main thread and others.
import threading

main = threading.main_thread()
print(threading.current_thread() is main)
print(main.name, type(main).__name__, isinstance(main, threading.Thread))
print(main.is_alive(), main.daemon)

seen = {}

def work():
    cur = threading.current_thread()
    seen["is_thread"] = cur is t
    seen["is_main"] = cur is threading.main_thread()
    seen["main_same"] = threading.main_thread() is main
    seen["name"] = cur.name

t = threading.Thread(target=work, name="w1")
t.start()
t.join()
print(sorted(seen.items()))

# A thread started with _thread directly gets a dummy Thread object.
import _thread
done = threading.Event()
info = {}

def raw():
    cur = threading.current_thread()
    info["type"] = type(cur).__name__
    info["name_prefix"] = cur.name.split("-")[0]
    info["daemon"] = cur.daemon
    info["alive"] = cur.is_alive()
    info["same_again"] = threading.current_thread() is cur
    info["in_enum"] = cur in threading.enumerate()
    done.set()

_thread.start_new_thread(raw, ())
done.wait()
print(sorted(info.items()))
print(threading.current_thread is threading.currentThread or True)
