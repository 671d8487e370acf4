# ExceptionGroup and except* (3.11).
eg = ExceptionGroup('several', [ValueError('v1'), TypeError('t1'), ValueError('v2')])
print(repr(eg), str(eg), len(eg.exceptions))
try:
    raise eg
except* ValueError as g:
    print('ValueErrors:', [str(e) for e in g.exceptions])
except* TypeError as g:
    print('TypeErrors:', [str(e) for e in g.exceptions])
match, rest = eg.split(ValueError)
print([str(e) for e in match.exceptions], [str(e) for e in rest.exceptions])
print(eg.subgroup(TypeError).exceptions)
try:
    try:
        raise ExceptionGroup('outer', [KeyError('k'), OSError('o')])
    except* KeyError:
        print('handled KeyError part')
except ExceptionGroup as remaining:
    print('remaining', [type(e).__name__ for e in remaining.exceptions])
try:
    raise ValueError('plain')
except* ValueError as g:
    print('plain wrapped:', type(g).__name__, g.exceptions)
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))
