# from module import * honours __all__ and underscore names.
from _mod_star import *
print(public, func())
try:
    _hidden
except NameError as e:
    print(e)
from _mod_all import *
print(exported, _also_exported)
try:
    not_exported
except NameError as e:
    print(e)
