# str() and repr() of exceptions, args.
cases = [Exception(), Exception('one'), Exception('a', 'b'), Exception(1), ValueError(''),
         KeyError('k'), KeyError(), KeyError('a', 'b'), KeyError(1), IndexError('list index out of range'),
         StopIteration(3), SystemExit(2), OSError(), AttributeError('x'), BaseException('base')]
for e in cases:
    print(repr(str(e)), repr(e), e.args)
e = ValueError('x')
e.args = ('new', 'args')
print(str(e), repr(e))
e = ValueError()
e.args = ['list-args']
print(e.args, type(e.args).__name__)
print(str(KeyError('with quote\'s')))
