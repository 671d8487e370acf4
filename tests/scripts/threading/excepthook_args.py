# threading.ExceptHookArgs: a structseq built from one 4-sequence.
import threading

E = threading.ExceptHookArgs
print(E.__name__, E.__module__, issubclass(E, tuple))
a = E([ValueError, ValueError("v"), None, None])
print(a.exc_type.__name__, a.exc_value, a.exc_traceback, a.thread)
print(len(a), a[0] is ValueError, tuple(a)[2:])
print(E.n_fields, E.n_sequence_fields, E.n_unnamed_fields)
print(E((1, 2, 3, 4)))
for bad in ([1, 2, 3], [1, 2, 3, 4, 5], 5):
    try:
        E(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    a.exc_type = 5
except AttributeError as e:
    print("AttributeError:", e)
x, y, z, w = E("abcd")
print(x, y, z, w)
