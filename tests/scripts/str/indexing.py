# Indexing and slicing, ASCII and non-ASCII, with steps and errors.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ['abcdef', 'aé€😀bç', '日本語テキスト', '']:
    print(repr(s), len(s))
    print([s[i] for i in range(len(s))], [s[-i] for i in range(1, len(s) + 1)])
    print(repr(s[1:3]), repr(s[-2:]), repr(s[:-2]), repr(s[::2]), repr(s[1::2]))
    print(repr(s[::-1]), repr(s[::-2]), repr(s[-2::-3]), repr(s[4:1:-1]))
    print(repr(s[100:]), repr(s[-100:2]), repr(s[3:1]), repr(s[::7]))
    print(repr(s[None:None]), repr(s[slice(1, None, 2)]))

s = 'aé€😀'
show(lambda: s[4])
show(lambda: s[-5])
show(lambda: ''[0])
show(lambda: s['a'])
show(lambda: s[1.5])
show(lambda: s[None])
show(lambda: s[::0])
show(lambda: s['a':])
show(lambda: s[2 ** 100])
show(lambda: s[:2 ** 100])
show(lambda: s[-2 ** 100:])
print(s[True], s[False])

class I:
    def __index__(self):
        return 1
print(s[I()], s[I():], s[:I()])

big = 'x' * 1000 + 'é' + 'y' * 1000
print(big[1000], big[999:1002], len(big[::3]), big[-1], big[::-500])
print([c for c in 'aé😀'], list('abc'), list(''))
it = iter('hé')
print(next(it), next(it))
show(lambda: next(it))
it = iter('abc')
print(it.__length_hint__(), next(it), it.__length_hint__())
print(type(iter('')).__name__ in ('str_ascii_iterator', 'str_iterator'))
print(''.join(reversed('abcé')))
print(tuple('héllo'), set('aab') == {'a', 'b'})
