# async for over a class with __aiter__/__anext__.
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
async def main():
    out = []
    async for v in Ticker(3):
        out.append(v)
    else:
        out.append('else')
    async for v in Ticker(5):
        if v == 2:
            break
    out.append(('broke', v))
    return out
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
async def bad():
    async for x in [1, 2]:
        pass
try:
    bad().send(None)
except TypeError as e:
    print(e)
