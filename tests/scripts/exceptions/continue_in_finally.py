# continue and break inside finally (allowed since 3.8).
out = []
for i in range(4):
    try:
        if i == 1:
            raise ValueError
        out.append(i)
    finally:
        if i == 1:
            continue
        out.append('f')
print(out)
def f():
    for i in range(3):
        try:
            return 'from try'
        finally:
            if i == 0:
                continue
    return 'loop finished'
print(f())
