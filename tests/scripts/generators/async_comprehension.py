# Asynchronous comprehensions inside a coroutine.
class Ticker:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def agen(n):
    for i in range(n):
        yield i * 10
async def comp():
    a = [v * 10 async for v in Ticker(3) if v != 2]
    b = [x async for x in agen(2)]
    c = {x: 1 async for x in agen(2)}
    return a, b, c
try:
    comp().send(None)
except StopIteration as e:
    print(e.value)
