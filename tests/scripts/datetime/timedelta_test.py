# datetime.timedelta: normalisation, str/repr, arithmetic, errors.
from datetime import timedelta

for td in [timedelta(), timedelta(1), timedelta(days=1, hours=2, minutes=3, seconds=4), timedelta(seconds=-1),
           timedelta(microseconds=500000), timedelta(weeks=2, milliseconds=1), timedelta(days=-1, seconds=5),
           timedelta(hours=25.5), timedelta(seconds=0.0000015), timedelta(days=3, microseconds=-1),
           timedelta(minutes=-90), timedelta(days=999999999)]:
    print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds())
a, b = timedelta(hours=5), timedelta(minutes=90)
print(a + b, a - b, b - a, -a, abs(-a), +a, a * 2, 3 * b, a * 0.5, a / 2, a / b, a // b, a // 7, a % b, divmod(a, b))
print(a > b, a == timedelta(seconds=18000), a != b, b <= a, hash(a) == hash(timedelta(hours=5)), bool(timedelta()))
print(timedelta.min, timedelta.max, timedelta.resolution, repr(timedelta.max))
print(sum([timedelta(1), timedelta(2)], timedelta()), timedelta(1) / 3, timedelta(seconds=1) / 3)
print(sorted([timedelta(3), timedelta(-1), timedelta(0)]), timedelta(hours=1) * 1.5, timedelta(1) / 0.5)
for bad in [lambda: timedelta('1'), lambda: a / 0, lambda: timedelta(days=1000000000)]:
    try:
        bad()
    except (TypeError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
for bad in [lambda: a + 1, lambda: a < 5]:
    try:
        bad()
    except TypeError as e:
        print('TypeError')
