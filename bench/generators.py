# Generator pipelines: yield, yield from, generator expressions.
def numbers(n):
    for i in range(n):
        yield i


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def scaled(it, k):
    yield from (x * k for x in it)


def chunks(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


total = 0
for rep in range(10):
    for chunk in chunks(scaled(evens(numbers(100000)), 3), 7):
        total += sum(chunk)
print(total)
