# __getitem__ receives slice objects; __len__ used by negative index handling is manual.
class Seq:
    def __init__(self, data): self.data = data
    def __len__(self): return len(self.data)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(self.data[i])
        return self.data[i]
    def __repr__(self): return f'Seq({self.data})'
s = Seq([1, 2, 3, 4, 5])
print(s[1:3], s[::-1], s[-1], s[:], s[::2][1], len(s[1:]))
class Rec:
    def __getitem__(self, k): return repr(k)
r = Rec()
print(r[1:2], r[:], r[::], r[1:], r[:2:], r[None:None], r['a':'b'])
