# close() and throw() are forwarded through yield from.
def inner():
    try:
        yield 'a'
        yield 'b'
    finally:
        print('inner finally')
def outer():
    try:
        yield from inner()
    finally:
        print('outer finally')
g = outer()
print(next(g))
g.close()
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2: raise StopIteration('it-ret')
        return self.n
def uses_it():
    r = yield from It()
    yield r
print(list(uses_it()))
def send_to_plain():
    yield from It()
s = send_to_plain()
next(s)
try:
    s.send(5)
except AttributeError as e:
    print('AttributeError', e)
