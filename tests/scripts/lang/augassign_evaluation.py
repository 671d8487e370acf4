# Augmented assignment evaluates the target's container/index once.
log = []
class Box:
    def __init__(self):
        self.items = {'k': 1}
        self._v = 10
    @property
    def v(self):
        log.append('get v')
        return self._v
    @v.setter
    def v(self, val):
        log.append('set v')
        self._v = val
def get_box():
    log.append('get_box')
    return box
def key():
    log.append('key')
    return 'k'
box = Box()
get_box().v += 5
print(box.v, log)
log.clear()
get_box().items[key()] += 1
print(box.items, log)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(e)
print(t)
