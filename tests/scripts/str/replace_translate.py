# replace, translate, maketrans.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = 'one two one two one'
print(s.replace('one', '1'), s.replace('one', '1', 2), s.replace('one', '1', 0), s.replace('one', '1', -1))
print(s.replace('x', 'y'), s.replace(' ', ''), s.replace('o', 'ö'), s.replace('', '|', 3))
print('abc'.replace('', '-'), ''.replace('', 'x'), ''.replace('a', 'b'), 'aaa'.replace('a', 'aa'))
print('aaaa'.replace('aa', 'b'), 'éàé'.replace('é', 'e'), 'éàé'.replace('', '.'), 'aé'.replace('é', '😀'))
print('abc'.replace('abc', ''), 'x'.replace('x', 'x' * 5), ('ab' * 3).replace('ba', '-'))
print('ééé'.replace('é', 'e').isascii(), 'aaa'.replace('a', 'é').isascii(), 'é'.replace('é', 'x').isascii())
show(lambda: 'a'.replace(1, 'b'))
show(lambda: 'a'.replace('a', 2))
show(lambda: 'a'.replace('a', 'b', 'c'))
show(lambda: 'a'.replace('a', 'b', 1.0))
show(lambda: 'a'.replace('a'))
show(lambda: 'a'.replace('a', 'b', 2 ** 100))
print('a' * 1000 == ('b' * 1000).replace('b', 'a'), len(('ab' * 500).replace('a', 'xyz')))

t = str.maketrans('abc', 'xyz')
print(sorted(t.items()), 'aabbcc'.translate(t), 'cab'.translate(t))
t2 = str.maketrans('ab', 'AB', 'c')
print(sorted(t2.items()), 'abcabc'.translate(t2))
t3 = str.maketrans({'a': '1', 'b': None, 99: 'C', 'é': '€€'})
print(sorted(t3.items()), 'abcé!'.translate(t3))
print('abc'.translate({97: 'xyz', 98: None}), 'abc'.translate({}), 'abc'.translate({97: 0x1F600}))
print('abc'.translate({ord('a'): ord('b'), ord('b'): ord('a')}), 'héllo'.translate({ord('é'): 'e'}))
print('abc'.translate(['A', 'B', 'C'] * 40), 'abc'.translate('XYZ' * 40))
class Table:
    def __getitem__(self, k):
        if k == 98:
            raise LookupError
        return k + 1
print('abc'.translate(Table()))
show(lambda: 'abc'.translate({97: 1.5}))
show(lambda: 'abc'.translate({97: -1}))
show(lambda: 'abc'.translate({97: 0x110000}))
show(lambda: 'abc'.translate(5))
show(lambda: str.maketrans(1))
show(lambda: str.maketrans({'ab': 1}))
show(lambda: str.maketrans({1.5: 1}))
show(lambda: str.maketrans('ab', 'c'))
show(lambda: str.maketrans('a', 1))
show(lambda: str.maketrans(1, 'a'))
show(lambda: str.maketrans('a', 'b', 1))
show(lambda: str.maketrans('a', 'b', None))
print(str.maketrans('', ''), ''.maketrans('a', 'b'), str.maketrans({}))
