# Built-in names live in the builtins module and can be shadowed.
import builtins
print(builtins.len is len, builtins.__name__)
def len(x):
    return 'shadowed'
print(len([1, 2]), builtins.len([1, 2]))
del len
print(len([1, 2]))
print(sorted(n for n in ('print', 'len', 'range', 'zip', 'map', 'open', 'super') if hasattr(builtins, n)))
