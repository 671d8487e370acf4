# try/except with several clauses and tuples.
def test(f):
    try:
        f()
    except ZeroDivisionError:
        return 'zero'
    except (KeyError, IndexError) as e:
        return 'lookup ' + type(e).__name__
    except Exception as e:
        return 'other ' + type(e).__name__
    else:
        return 'no error'
print(test(lambda: 1 / 0), test(lambda: {}['k']), test(lambda: [][1]), test(lambda: int('x')), test(lambda: 1))
try:
    raise ValueError('v')
except:
    print('bare except caught')
try:
    try:
        raise TypeError('inner')
    except ValueError:
        print('wrong handler')
except TypeError as e:
    print('outer caught', e)
