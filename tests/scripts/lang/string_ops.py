# Language-level operations on strings: concatenation, repetition, comparison, iteration.
s = 'abc'
print(s + 'def', s * 2, 2 * s, s * -1 == '', s < 'abd', 'Z' < 'a', 'abc' < 'abcd')
print([c for c in s], list(reversed(s)), s[1], s[-1], 'b' in s)
t = s
t += 'x'
print(s, t)
print(len(''), len('a' * 1000))
print('%s is %d years, %.2f%%' % ('x', 5, 12.345))
print('%r %5s|%-5s|%05d|%x|%o|%e' % ('q', 'ab', 'cd', 42, 255, 8, 1234.5))
print('%(a)s-%(b)s' % {'a': 1, 'b': 2})
