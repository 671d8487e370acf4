# Exceptions used for control flow in loops.
results = []
for v in ['1', 'x', '3', '', '5']:
    try:
        results.append(int(v))
    except ValueError:
        results.append(None)
        continue
    finally:
        results.append('.')
print(results)
def first_index(seq, pred):
    try:
        for i, x in enumerate(seq):
            if pred(x):
                raise StopIteration(i)
    except StopIteration as s:
        return s.value
    return -1
print(first_index([1, 4, 9], lambda x: x > 3), first_index([], bool))
n = 0
while True:
    try:
        n += 1
        if n == 3:
            raise LookupError
    except LookupError:
        break
print('n', n)
