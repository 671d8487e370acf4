# Subclassing built-in types.
class MyList(list):
    def sum(self): return sum(self)
l = MyList([1, 2, 3])
l.append(4)
print(l, l.sum(), len(l), type(l).__name__, isinstance(l, list), l[1:], type(l[1:]).__name__)
class MyDict(dict):
    def __missing__(self, k):
        return k * 2
d = MyDict(a=1)
print(d['a'], d['zz'], d, d.get('q', 'dflt'))
class MyStr(str):
    def shout(self): return self.upper() + '!'
s = MyStr('hi')
print(s.shout(), s + ' there', type(s + 'x').__name__, s == 'hi', repr(s))
class MyInt(int):
    def __repr__(self): return f'MyInt({int(self)})'
i = MyInt(5)
print(i, repr(i), i + 1, type(i + 1).__name__, i * 2, isinstance(i, int))
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u['a'] = 1
print(u)
class Stack(list):
    push = list.append
st = Stack()
st.push(1); st.push(2)
print(st.pop(), st)
class T(tuple): pass
print(T((1, 2)), T((1, 2)) == (1, 2), hash(T((1,))) == hash((1,)))
