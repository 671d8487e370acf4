from ..sibling import SIB as TOP_SIB
DEEP = 'deep module'
def info():
    return __name__, __package__
