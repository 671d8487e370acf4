# dict() constructor forms.
print(dict(), dict(a=1), dict([('a', 1), ('b', 2)]), dict({'x': 1}, y=2), dict(zip('ab', (1, 2))))
print(dict([['k', 'v']]), dict((('k', 1),), k=2), dict.fromkeys('ab'), dict.fromkeys([1, 2], 0))
for bad in ([1], [(1, 2, 3)], 5):
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
