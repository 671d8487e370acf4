# throw() and close() on coroutines.
class Suspend:
    def __await__(self):
        yield 'suspended'
async def c():
    try:
        await Suspend()
    except ValueError as e:
        return 'handled ' + str(e)
co = c()
print(co.send(None))
try:
    co.throw(ValueError('x'))
except StopIteration as e:
    print(e.value)
async def d():
    try:
        await Suspend()
    finally:
        print('coroutine cleanup')
co = d()
co.send(None)
co.close()
co = c()
co.send(None)
try:
    co.send(None)
except StopIteration as e:
    print('normal end', e.value)
try:
    co.send(None)
except RuntimeError as e:
    print(e)
