# The async generator protocol driven by hand: asend/athrow/aclose in
# every state, awaits inside, and the awaitables' own send/throw.
class Suspend:
    def __await__(self):
        got = yield 'suspended'
        return got

def step(aw, value=None):
    try:
        r = aw.send(value)
    except StopIteration as e:
        return ('value', e.value)
    except StopAsyncIteration:
        return ('stop',)
    except BaseException as e:
        return ('error', type(e).__name__, str(e))
    return ('yield', r)

async def counter(n):
    for i in range(n):
        got = await Suspend()
        yield (i, got)
    print('counter done')

g = counter(2)
a = g.__anext__()
print(step(a), step(a, 'loop'), step(a))
a2 = g.asend(None)
print(step(a2), step(a2, 'x'), step(g.__anext__()))
print(step(g.__anext__()), step(g.asend(None)))

async def guarded():
    try:
        yield 1
        yield 2
    except KeyError as e:
        yield 'caught ' + str(e)
    finally:
        print('guarded finally')

g = guarded()
print(step(g.athrow(KeyError('early'))))
print(step(g.__anext__()), step(g.aclose()))
g = guarded()
print(step(g.aclose()), step(g.__anext__()))
g = guarded()
print(step(g.__anext__()), step(g.athrow(KeyError, 'k')), step(g.athrow(KeyError)))
print(step(g.aclose()), step(g.aclose()))
g = guarded()
print(step(g.__anext__()), step(g.athrow(ValueError('loose'))), step(g.__anext__()))

async def stubborn():
    try:
        yield 1
    finally:
        yield 'no'
g = stubborn()
print(step(g.__anext__()), step(g.aclose()))

async def waits_in_finally():
    try:
        yield 1
    finally:
        r = await Suspend()
        print('finally resumed with', r)
g = waits_in_finally()
print(step(g.__anext__()))
c = g.aclose()
print(step(c), step(c, 'value'))

g = guarded()
a = g.__anext__()
print(step(a), step(a))
try:
    g.athrow(1)
except TypeError as e:
    print('TypeError', e)
print(step(g.athrow(KeyError('x'))))
a = g.asend(None)
try:
    print(a.throw(KeyError('via awaitable')))
except BaseException as e:
    print(type(e).__name__, e)
print(step(g.aclose()))

async def empty():
    return
    yield
g = empty()
print(step(g.__anext__()), step(g.__anext__()), step(g.aclose()))
print(g.ag_running, type(g.asend(None)).__name__, type(g.__aiter__()).__name__)
