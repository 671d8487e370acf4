# if/elif/else.
def classify(n):
    if n < 0:
        return 'neg'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'big'
print([classify(v) for v in (-5, 0, 3, 99)])
if []:
    print('no')
elif {}:
    print('no')
else:
    print('else branch')
if 1: print('one-liner')
x = 3
if x > 1:
    if x > 2:
        print('nested')
