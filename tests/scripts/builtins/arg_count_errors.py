# Argument-count errors of built-in functions.
cases = [
    lambda: len(), lambda: len([], []), lambda: range(), lambda: range(1, 2, 3, 4),
    lambda: abs(1, 2), lambda: getattr(1), lambda: setattr(1, 'x'), lambda: divmod(1),
    lambda: chr(), lambda: ord('a', 'b'), lambda: iter(), lambda: next(), lambda: isinstance(),
    lambda: sorted(), lambda: sum(), lambda: zip(strict=1, x=2), lambda: enumerate(), lambda: repr(),
    lambda: hash(), lambda: id(), lambda: callable(), lambda: round(), lambda: pow(2),
    lambda: min(), lambda: hex(), lambda: format(), lambda: vars(1, 2), lambda: dir(1, 2),
]
for c in cases:
    try:
        c()
        print('no error')
    except TypeError as e:
        print(e)
