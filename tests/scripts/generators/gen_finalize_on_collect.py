# A suspended generator is closed (finally runs) when it is collected.
import gc
def g(name):
    try:
        yield 1
    finally:
        print('finally', name)
x = g('deleted')
next(x)
del x
gc.collect()
print('after del')
def consume():
    for v in g('loop-break'):
        break
consume()
gc.collect()
print('after consume')
