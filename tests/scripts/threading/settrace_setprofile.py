# threading.settrace/setprofile store a hook for new threads;
# gettrace/getprofile read it back.
import threading

print(threading.gettrace(), threading.getprofile())
threading.settrace(None)
threading.setprofile(None)
print(threading.gettrace(), threading.getprofile())
t = threading.Thread(target=lambda: None)
t.start()
t.join()
print("ok", t.is_alive())
print(callable(threading.settrace), callable(threading.setprofile))
print(sorted(n for n in threading.__all__ if n.startswith(("set", "get"))))

# Threads started after a hook is set still run their target.
def tracer(frame, event, arg):
    return None

threading.settrace(tracer)
threading.setprofile(tracer)
print(threading.gettrace() is tracer, threading.getprofile() is tracer)
out = []
t = threading.Thread(target=lambda: out.append("ran"))
t.start()
t.join()
print(out)
threading.settrace(None)
threading.setprofile(None)
print(threading.gettrace(), threading.getprofile())
