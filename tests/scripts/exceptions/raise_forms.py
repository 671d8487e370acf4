# raise forms.
try:
    raise ValueError
except ValueError as e:
    print(repr(e))
try:
    raise ValueError('msg', 2)
except ValueError as e:
    print(repr(e), e.args)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise int
except TypeError as e:
    print(e)
def reraiser():
    try:
        raise KeyError('orig')
    except KeyError:
        print('handling, re-raising')
        raise
try:
    reraiser()
except KeyError as e:
    print('re-raised', repr(e))
try:
    raise
except RuntimeError as e:
    print(e)
class E(Exception):
    def __init__(self):
        super().__init__('made by class')
try:
    raise E
except E as e:
    print(e)
