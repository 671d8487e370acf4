# Augmented assignment on names, attributes and subscripts.
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 3; x %= 7
print(x)
f = 10.0
f /= 4
print(f)
b = 0b1100
b &= 0b1010; b |= 1; b ^= 0b11; b <<= 2; b >>= 1
print(b)
class O: pass
o = O()
o.v = 1
o.v += 41
print(o.v)
d = {'k': [1]}
d['k'] += [2]
d['k'][0] *= 100
print(d)
lst = [1]
alias = lst
lst += [2]
print(alias, lst is alias)
t = (1,)
ta = t
t += (2,)
print(ta, t)
s = 'a'
s *= 3
print(s)
calls = []
def key():
    calls.append('key')
    return 0
arr = [5]
arr[key()] += 1
print(arr, calls)
