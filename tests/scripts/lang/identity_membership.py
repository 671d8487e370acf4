# is, is not, in, not in.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a is not c, a == c)
print(None is None, 1 in [1, 2], 3 not in [1, 2], 'b' in 'abc', 'bc' in 'abc', '' in 'x')
print(2 in (1, 2), 'k' in {'k': 1}, 1 in {'k': 1}, 2 in {1, 2}, 5 in range(10), 10 in range(10))
class C:
    def __contains__(self, x):
        return x == 42
print(42 in C(), 1 in C(), 1 not in C())
class It:
    def __iter__(self):
        return iter([7, 8])
print(8 in It(), 9 in It())
class G:
    def __getitem__(self, i):
        if i > 3: raise IndexError
        return i * 10
print(20 in G(), 25 in G())
