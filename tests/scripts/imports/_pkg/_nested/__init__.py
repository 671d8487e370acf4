from ..sibling import SIB
from .. import pkg_level
from . import deep
