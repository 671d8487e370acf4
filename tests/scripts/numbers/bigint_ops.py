# Big ints at scale: factorial-sized products, Karatsuba-sized multiplies,
# long divisions, conversions of 10**4 digits, and identities between them.
import sys
p = 1
for i in range(1, 1001):
    p *= i
print(len(str(p)), str(p)[:30], p % 1000000007, p.bit_length(), p.bit_count())
a = 3**20000
b = 7**9000 - 12345
c = a * b
print(c.bit_length(), c % (10**9 + 9), c // b == a, c % b, divmod(c, a)[1])
hi, lo = divmod(b, 2**1000)
print(c == (a * hi << 1000) + a * lo)
q, r = divmod(a, b)
print(q * b + r == a, 0 <= r < b, hex(q)[:20], hex(r)[-10:])
n = 10**4000 - 1
s = str(n)
print(len(s), set(s), int(s) == n, s == '9' * 4000)
print(hash(a), hash(-a), hash(c) % 1000, hash(2**1000), hash(-(2**1000) - 1))
x = 2**3000 + 2**1000 + 1
print((x * x).bit_length(), (x * x) % 997, (x ** 5).bit_count(), (x >> 2000) & 0xFFFF)
print(pow(a, b, 10**40 + 121), pow(5, 10**50, 2**127 - 1))
print(-a // 10**3000 % 1000, (-a) % (10**9 + 7), (a ^ (a >> 7)) % 10007, (~a & a))
print(float(2**1023) == 2.0**1023, (2**1024 - 2**970 - 1) / 1.0 if False else 0, int(1e308) == 10**308)
print(str(2**64 * 2**64), str(-2**127), 10**100 // 3 % 10**10, 10**100 % 7)
f = 0
for i in range(200):
    f = f * 10 + i % 10
print(f % 123456789, len(str(f)), f.to_bytes(90, 'big')[:8])
