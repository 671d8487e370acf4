# Subscripts and slices with steps.
s = list(range(10))
print(s[0], s[-1], s[2:5], s[:3], s[7:], s[:], s[::2], s[1::3], s[::-1], s[8:2:-2])
print(s[-3:], s[:-7], s[-100:100], s[5:2], s[::-3], s[-1:-4:-1])
t = 'abcdefg'
print(t[1:4], t[::-1], t[::2], t[-2:], t[10:], t[3])
print((1, 2, 3, 4)[1:3], range(10)[2:8:2], b'hello'[1:3], b'hello'[1])
s[2:4] = ['x', 'y', 'z']
print(s)
s[::3] = [0, 0, 0, 0]
print(s)
s[1:3] = []
print(s)
m = {(1, 2): 'tuple key'}
print(m[1, 2])
class S:
    def __getitem__(self, k):
        return k
print(S()[1:2], S()[1:2:3], S()[:, 1], S()[...], S()[::])
sl = slice(1, 8, 3)
print(s[sl], sl.start, sl.stop, sl.step, slice(5).indices(3))
