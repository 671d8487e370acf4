# Default and explicit thread names.
import threading

def f():
    pass

class Sub(threading.Thread):
    def run(self):
        pass

print(threading.current_thread().name)
t1 = threading.Thread(target=f)
print(t1.name)
t2 = threading.Thread()
print(t2.name)
t3 = Sub()
print(t3.name)
t4 = threading.Thread(target=f, name="worker")
print(t4.name)
t5 = threading.Thread(target=print)
print(t5.name)
t6 = threading.Thread(target=lambda: None)
print(t6.name)
t7 = threading.Thread(name=42)
print(repr(t7.name))
t8 = threading.Thread(name="")
print(t8.name)

class C:
    def __call__(self):
        pass

# A callable without __name__.
t9 = threading.Thread(target=C())
print(t9.name)

t10 = threading.Thread(target=f)
t10.name = "renamed"
print(t10.name)
t10.name = 7
print(repr(t10.name))
t10.start()
t10.join()
t10.name = "after"
print(t10.name)

# The name is visible from inside the thread.
seen = []
t = threading.Thread(target=lambda: seen.append(threading.current_thread().name), name="inside")
t.start()
t.join()
print(seen)

t = threading.Timer(1, f)
print(t.name)
