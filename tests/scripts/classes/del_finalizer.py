# __del__ runs when an object becomes unreachable (after gc.collect() at the latest).
import gc
finalized = []
class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        finalized.append(self.name)
        if not self.name.startswith('cycle'):
            print('__del__', self.name)
r = R('first')
del r
gc.collect()
print('after first')
def scope():
    local = R('local')
scope()
gc.collect()
print('after scope')
def make_cycle():
    a = R('cycle-a')
    b = R('cycle-b')
    a.other, b.other = b, a
make_cycle()
gc.collect()
print('after cycle', sorted(n for n in finalized if n.startswith('cycle')))
