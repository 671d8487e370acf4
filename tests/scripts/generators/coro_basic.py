# async def returns a coroutine; drive it with send(None).
async def add(a, b):
    return a + b
c = add(1, 2)
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print('result', e.value)
async def nothing():
    pass
try:
    nothing().send(None)
except StopIteration as e:
    print('result', e.value)
async def chain():
    x = await add(10, 20)
    y = await add(x, 1)
    return y
try:
    chain().send(None)
except StopIteration as e:
    print('chained', e.value)
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(run(chain()))
c = add(1, 1)
c.close()
print('closed unstarted coroutine')
print(add.__name__, chain().__qualname__ if False else 'chain')
