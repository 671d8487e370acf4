# The first matching except clause wins, even if a later one is more specific.
try:
    raise KeyError('k')
except LookupError:
    print('LookupError clause')
except KeyError:
    print('KeyError clause (never)')
def classify(exc):
    try:
        raise exc
    except (TypeError, ValueError) as e:
        return 'TV:' + type(e).__name__
    except ArithmeticError as e:
        return 'Arith:' + type(e).__name__
    except Exception as e:
        return 'Exc:' + type(e).__name__
print([classify(e) for e in (TypeError(), UnicodeError(), OverflowError(), KeyError(), ZeroDivisionError())])
handlers = (KeyError, IndexError)
try:
    [][5]
except handlers as e:
    print('dynamic tuple caught', type(e).__name__)
