# __getitem__, __setitem__, __delitem__, __contains__, __len__.
class Store:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        print('get', k)
        return self.d[k]
    def __setitem__(self, k, v):
        print('set', k, v)
        self.d[k] = v
    def __delitem__(self, k):
        print('del', k)
        del self.d[k]
    def __contains__(self, k):
        return k in self.d
    def __len__(self):
        return len(self.d)
s = Store()
s['a'] = 1
print(s['a'], 'a' in s, 'b' in s, len(s))
del s['a']
print(len(s))
try:
    s['missing']
except KeyError as e:
    print('KeyError', e)
s[1, 2] = 'tuple'
print(s[1, 2])
class Seq:
    def __getitem__(self, i):
        if i >= 4: raise IndexError(i)
        return i * i
print(list(Seq()), [x for x in Seq()], 9 in Seq(), tuple(Seq()))
a, b, c, d = Seq()
print(a, b, c, d)
