# ident and native_id: None before start, ints after, stable after end.
import threading
import _thread

t = threading.Thread(target=lambda: None)
print(t.ident, t.native_id)

inside = {}

def work():
    inside["ident"] = threading.get_ident()
    inside["tident"] = _thread.get_ident()
    inside["native"] = threading.get_native_id()
    inside["cur"] = threading.current_thread().ident

t = threading.Thread(target=work)
t.start()
t.join()
print(type(t.ident).__name__, type(t.native_id).__name__)
print(t.ident == inside["ident"] == inside["tident"] == inside["cur"])
print(t.native_id == inside["native"])
print(t.ident != threading.get_ident())
print(t.native_id != threading.get_native_id())
print(threading.main_thread().ident == threading.get_ident())
print(threading.main_thread().native_id == threading.get_native_id())
print(threading.get_ident() > 0, threading.get_native_id() > 0)
print(threading.get_ident is _thread.get_ident)
print(threading.get_native_id is _thread.get_native_id)
# The ident outlives the thread.
ident = t.ident
print(t.ident == ident)
# A thread's ident is hashable and usable as a dict key.
d = {t.ident: "t", threading.get_ident(): "main"}
print(sorted(d.values()))
