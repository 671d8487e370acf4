# Coroutine-style generator pipelines with send.
def printer():
    while True:
        item = yield
        print('got', item)
def filter_even(target):
    while True:
        item = yield
        if item % 2 == 0:
            target.send(item)
p = printer()
next(p)
f = filter_even(p)
next(f)
for i in range(6):
    f.send(i)
def averager():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
a = averager()
next(a)
print([a.send(v) for v in (10, 20, 60)])
