print('executing _pkg.sub')
from . import sibling
from .sibling import SIB as sib_value
def sub_func():
    return 'sub_func using ' + sibling.SIB
def where():
    return __name__, __package__
