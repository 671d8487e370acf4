# Subclassing Thread: run(), extra state, super().__init__ arguments.
import threading


class Adder(threading.Thread):
    def __init__(self, a, b):
        super().__init__(name=f"adder-{a}-{b}")
        self.a = a
        self.b = b
        self.result = None

    def run(self):
        self.result = self.a + self.b


workers = [Adder(i, i * 10) for i in range(5)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print([w.result for w in workers])
print([w.name for w in workers])


class WithTarget(threading.Thread):
    # run() overridden: the target is ignored.
    def run(self):
        self.ran = "own run"


t = WithTarget(target=lambda: print("never"))
t.start()
t.join()
print(t.ran)


class CallsSuper(threading.Thread):
    def run(self):
        self.before = True
        super().run()


out = []
t = CallsSuper(target=out.append, args=("from target",))
t.start()
t.join()
print(t.before, out)
# run() deletes the target and args after it ran.
print(hasattr(t, "_target"), hasattr(t, "_args"))

# run() can be called directly in the current thread.
out = []
t = threading.Thread(target=lambda: out.append(threading.current_thread().name))
t.run()
print(out, t.is_alive())


class Chain(threading.Thread):
    def __init__(self, depth, log):
        super().__init__()
        self.depth = depth
        self.log = log

    def run(self):
        self.log.append(self.depth)
        if self.depth:
            c = Chain(self.depth - 1, self.log)
            c.start()
            c.join()


log = []
c = Chain(5, log)
c.start()
c.join()
print(log)
print(isinstance(c, threading.Thread), issubclass(threading.Timer, threading.Thread))
