# Awaiting a second step of an async generator while one is running.
class Suspend:
    def __await__(self):
        yield 'x'
async def ag():
    await Suspend()
    yield 1
g = ag()
a = g.__anext__(); a.send(None)
for m in (lambda: g.__anext__().send(None), lambda: g.athrow(ValueError).send(None), lambda: g.aclose().send(None), lambda: g.asend(1).send(None)):
    try: m()
    except RuntimeError as e: print(e)
