"""Helper package."""
print('executing _pkg/__init__')
pkg_level = 'from __init__'
from .sub import sub_func
