# repr() of Thread objects, with the idents replaced by a placeholder.
import threading


def norm(s, *threads):
    for th in threads:
        if th.ident is not None:
            s = s.replace(str(th.ident), "ID")
    return s


main = threading.main_thread()
print(norm(repr(main), main))
ev = threading.Event()
t = threading.Thread(target=ev.wait, name="w")
print(norm(repr(t), t))
t.start()
print(norm(repr(t), t))
ev.set()
t.join()
print(norm(repr(t), t))

d = threading.Thread(target=lambda: None, name="d", daemon=True)
print(norm(repr(d), d))
d.start()
d.join()
print(norm(repr(d), d))


class MyThread(threading.Thread):
    pass


m = MyThread(name="mine")
print(norm(repr(m), m))
print(norm(str(m), m))
