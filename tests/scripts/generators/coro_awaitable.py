# await of a custom awaitable whose __await__ yields.
class Sleep:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield ('suspend', self.tag)
        return f'{self.tag} resumed with {got}'
async def worker():
    a = await Sleep('first')
    print(a)
    b = await Sleep('second')
    print(b)
    return 'done'
coro = worker()
print(coro.send(None))
print(coro.send('X'))
try:
    coro.send('Y')
except StopIteration as e:
    print('finished', e.value)
class Ready:
    def __await__(self):
        return iter([])
async def uses_ready():
    return await Ready()
try:
    uses_ready().send(None)
except StopIteration as e:
    print('ready value', e.value)
class Bad:
    def __await__(self):
        return 5
async def uses_bad():
    await Bad()
try:
    uses_bad().send(None)
except TypeError as e:
    print(e)
async def await_int():
    await 3
try:
    await_int().send(None)
except TypeError as e:
    print(e)
