# Many threads join the same thread; a chain of threads each joining the
# previous one.
import threading

go = threading.Event()
target = threading.Thread(target=go.wait)
target.start()
joined = []
lock = threading.Lock()

def joiner(i):
    target.join()
    with lock:
        joined.append((i, target.is_alive()))

js = [threading.Thread(target=joiner, args=(i,)) for i in range(10)]
for j in js:
    j.start()
go.set()
for j in js:
    j.join()
print(sorted(joined))

order = []
prev = None
chain = []
for i in range(20):
    def link(i=i, before=prev):
        if before is not None:
            before.join()
        order.append(i)
    t = threading.Thread(target=link)
    chain.append(t)
    prev = t
for t in reversed(chain):
    t.start()
chain[-1].join()
print(order == list(range(20)))
