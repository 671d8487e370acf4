# Thread constructor details: group, keyword-only daemon, arg types.
import threading

try:
    threading.Thread(group=1)
except AssertionError as e:
    print("AssertionError:", e)
try:
    threading.Thread(None, None, None, (), {}, True)
except TypeError:
    print("TypeError: daemon is keyword-only")
t = threading.Thread(None, print, "pos", ("x",), {"end": "!\n"})
print(t.name)
t.start()
t.join()

# args may be any iterable unpackable with *.
out = []
t = threading.Thread(target=lambda *a: out.append(a), args=range(3))
t.start()
t.join()
print(out)

# An error calling the target goes to the excepthook.
seen = []
threading.excepthook = lambda a: seen.append(a.exc_type.__name__)
t = threading.Thread(target=lambda x: None)
t.start()
t.join()
t = threading.Thread(target=42)
t.start()
t.join()
print(seen)

# Unicode names.
t = threading.Thread(name="трактор-✓")
print(t.name)
t.start()
t.join()
