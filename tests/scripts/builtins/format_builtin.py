# format() builtin.
print(format(5), format(5, ''), format(5, '04d'), format(3.14159, '.2f'), format('s', '>4'), format(255, 'x'))
print(format(True), format(None), format([1, 2]), format(1234567, ','), format(0.5, '%'))
try:
    format(5, 'q')
except ValueError as e:
    print(e)
try:
    format('s', 'd')
except ValueError as e:
    print(e)
try:
    format(object(), 'x')
except TypeError as e:
    print(e)
class F:
    def __format__(self, spec):
        return spec * 2
print(format(F(), 'ab'))
class Bad:
    def __format__(self, spec):
        return 1
try:
    format(Bad())
except TypeError as e:
    print(e)
