# match statement (structural pattern matching).
def describe(v):
    match v:
        case 0:
            return 'zero'
        case int(n) if n < 0:
            return f'negative {n}'
        case int() | float():
            return 'number'
        case 'a' | 'b':
            return 'letter a/b'
        case str() as s:
            return 'string ' + s
        case [x, y]:
            return f'pair {x},{y}'
        case [x, *rest]:
            return f'list starting {x} with {len(rest)} more'
        case {'kind': kind, **others}:
            return f'dict kind={kind} others={others}'
        case None:
            return 'none'
        case _:
            return 'other'
for v in [0, -3, 2.5, 'a', 'zz', [1, 2], [1, 2, 3], (9,), {'kind': 'k', 'x': 1}, None, {1}]:
    print(describe(v))
