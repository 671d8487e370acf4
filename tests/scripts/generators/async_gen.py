# Async generators driven manually.
async def agen(n):
    for i in range(n):
        yield i * 10
    print('agen finished')
g = agen(2)
print(type(g).__name__)
def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return ('value', e.value)
    except StopAsyncIteration:
        return ('stop',)
print(step(g.__anext__()))
print(step(g.__anext__()))
print(step(g.__anext__()))
print(step(g.__anext__()))
async def consume():
    out = []
    async for v in agen(3):
        out.append(v)
    return out
print(step(consume()))
async def asend_gen():
    got = yield 'first'
    yield 'got ' + str(got)
a = asend_gen()
print(step(a.asend(None)), step(a.asend('hello')))
