import gc
class R:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
class Bad:
    def __del__(self): raise ValueError("boom")
saved = []
class Phoenix:
    def __del__(self):
        print("phoenix del")
        saved.append(self)
Bad()
gc.collect()
p = Phoenix()
del p
gc.collect()
print(len(saved))
saved.clear()
gc.collect()
print("cleared")
def gen():
    try:
        yield 1
    finally:
        print("gen finally")
g = gen(); next(g)
keep = R("global")
_under = R("under")
print("end")
