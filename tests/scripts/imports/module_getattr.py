# Module-level __getattr__ and __dir__ (PEP 562).
import _mod_lazy
print(_mod_lazy.dynamic)
from _mod_lazy import dynamic as d
print(d)
try:
    _mod_lazy.other
except AttributeError as e:
    print(e)
try:
    from _mod_lazy import other
except ImportError as e:
    print(str(e).split(' (')[0])
print(dir(_mod_lazy))
