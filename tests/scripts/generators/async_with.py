# async with over a class with __aenter__/__aexit__.
class ACM:
    def __init__(self, suppress=False):
        self.suppress = suppress
    async def __aenter__(self):
        print('aenter')
        return 'resource'
    async def __aexit__(self, et, ev, tb):
        print('aexit', et.__name__ if et else None, ev)
        return self.suppress
async def main():
    async with ACM() as r:
        print('inside', r)
    async with ACM(True):
        raise ValueError('suppressed')
    try:
        async with ACM():
            raise KeyError('escapes')
    except KeyError as e:
        print('caught', repr(e))
    return 'ok'
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
async def wrong():
    async with object():
        pass
try:
    wrong().send(None)
except TypeError as e:
    print(e)
