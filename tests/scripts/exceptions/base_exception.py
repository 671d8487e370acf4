# BaseException subclasses are not caught by except Exception.
def f():
    try:
        raise KeyboardInterrupt
    except Exception:
        return 'caught by Exception'
    except BaseException as e:
        return 'caught by BaseException: ' + type(e).__name__
print(f())
try:
    raise SystemExit('bye')
except BaseException as e:
    print(type(e).__name__, e, e.code)
class MyBase(BaseException): pass
try:
    try:
        raise MyBase('custom base')
    except Exception:
        print('wrong')
except MyBase as e:
    print('outer', e)
try:
    class NotExc: pass
    try:
        raise ValueError
    except NotExc:
        pass
except TypeError as e:
    print(e)
