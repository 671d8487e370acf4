# Async generator asend/athrow/aclose driven manually.
def run(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return ('value', e.value)
    except StopAsyncIteration:
        return ('stop',)
    except Exception as e:
        return ('error', type(e).__name__, str(e))
    return ('suspended',)
async def agen():
    try:
        x = yield 1
        print('agen got', x)
        yield 2
    except ValueError as e:
        print('agen caught', e)
        yield 'recovered'
    finally:
        print('agen finally')
g = agen()
print(run(g.__anext__()))
print(run(g.athrow(ValueError('boom'))))
print(run(g.aclose()))
print(run(g.__anext__()))
g2 = agen()
print(run(g2.asend(None)), run(g2.asend('hello')))
print(run(g2.aclose()))
print(type(g2.__aiter__()).__name__, g2.__aiter__() is g2)
async def agen_return():
    yield 1
    return
g3 = agen_return()
print(run(g3.__anext__()), run(g3.__anext__()))
