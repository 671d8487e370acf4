# Default values are evaluated once, at definition time.
counter = [0]
def make():
    counter[0] += 1
    return counter[0]
def f(x=make()):
    return x
print(f(), f(), f(10), counter)
def append(v, acc=[]):
    acc.append(v)
    return acc
print(append(1), append(2), append(3, []), append(4))
def safe(v, acc=None):
    if acc is None:
        acc = []
    acc.append(v)
    return acc
print(safe(1), safe(2))
n = 5
def g(a=n):
    return a
n = 6
print(g())
print(f.__defaults__, append.__defaults__, safe.__defaults__)
