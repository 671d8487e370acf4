# find, rfind, index, rindex, count, startswith, endswith.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = 'abcabcabc'
print(s.find('c'), s.find('ca'), s.find('x'), s.find(''), s.find('abc', 1))
print(s.find('c', 3), s.find('c', 3, 5), s.find('c', -4), s.find('c', -100, -7))
print(s.find('', 9), s.find('', 10), s.find('', 4, 2), s.find('abc', 6, 9))
print(s.find('c', None, None), s.find('c', 4, None), s.find('a', True))
print(s.rfind('c'), s.rfind('ab'), s.rfind('x'), s.rfind(''), s.rfind('c', 0, 8))
print(s.rfind('', 0, 2), s.rfind('abc', -3), s.rfind('a', 2 ** 80), s.rfind('a', -2 ** 80))
print(s.index('b'), s.rindex('b'), s.index('c', 4), s.rindex('a', 0, 4))
show(lambda: s.index('x'))
show(lambda: s.rindex('x'))
show(lambda: s.index('a', 7))
show(lambda: s.find(1))
show(lambda: s.find('a', 'x'))
show(lambda: s.find('a', 1.5))
show(lambda: s.find())
show(lambda: s.find('a', 1, 2, 3))
print(s.count('a'), s.count('abc'), s.count('bca'), s.count(''), s.count('x'))
print(s.count('a', 1), s.count('a', 1, 6), s.count('', 3, 5), s.count('', 10))
print('aaaa'.count('aa'), 'aaaaa'.count('aa'), ''.count(''), ''.count('a'))
show(lambda: s.count(None))

u = 'éàéàé€😀é'
print(u.find('à'), u.find('à', 2), u.rfind('é'), u.find('😀'), u.find('é', -2))
print(u.index('€'), u.rindex('à'), u.count('é'), u.count('é', 1, -1), u.find('é€😀'))
print(u.find('', 3), u.rfind('', 2, 5), u.find('x'), u.rfind('é', 0, 4))
long = 'ab' * 500 + 'é' + 'cd' * 500 + 'é'
print(long.find('é'), long.rfind('é'), long.find('cd'), long.rfind('ab'), long.count('é'))
print(long.find('abé'), long.rfind('écd'), long.find('é', 1001), long.rfind('ab', 0, 3))

print(s.startswith('abc'), s.startswith('bc'), s.startswith('bc', 1), s.startswith(''))
print(s.startswith('a', 3, 4), s.startswith('abc', 3, 5), s.startswith('', 9), s.startswith('', 10))
print(s.endswith('bc'), s.endswith('ab'), s.endswith('ab', 0, 8), s.endswith('c', -1))
print(s.startswith(('x', 'a')), s.startswith(()), s.endswith(('b', 'c')), s.endswith(('',)))
print(s.startswith('b', -8), s.endswith('b', -8, -7), s.startswith('c', 2 ** 70))
print('aé€'.startswith('é', 1), 'aé€'.endswith('é', 0, 2), 'aé€'.endswith('€'))
show(lambda: s.startswith(1))
show(lambda: s.startswith(['a']))
show(lambda: s.startswith(('a', 1)))
show(lambda: s.startswith((1, 'a')))
show(lambda: s.endswith(None))
show(lambda: s.endswith(('x', b'c')))
show(lambda: s.startswith('a', 'b'))
