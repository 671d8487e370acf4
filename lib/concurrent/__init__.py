# The concurrent package holds concurrent.futures. Like CPython's, it has
# no docstring, so concurrent.__doc__ is None on both.
