# statistics: averages, spread, quantiles, errors.
import statistics as s

print(s.mean([1.1, 2.2, 3.3]), s.mean([1, 2, 3]), s.mean([1, 2, 3, 4]), s.mean([True, False]), s.mean(range(101)))
print(s.mean([0.1] * 10), s.mean([1e20, 1, -1e20]), s.mean([-1.5, 2.5]), s.fmean([1, 2, 3]), s.fmean([0.1] * 3))
print(s.fmean([1, 2, 3], weights=[3, 1, 1]), s.harmonic_mean([40, 60]), s.harmonic_mean([2.5, 3, 10]), s.harmonic_mean([5]))
print(s.median([1, 3, 2, 4]), s.median([5, 1, 3]), s.median([1.5, 2.5]), s.median_low([1, 2, 3, 4]), s.median_high([1, 2, 3, 4]))
print(s.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), s.median_grouped([52, 52, 53, 54]), s.median_grouped([1, 3, 3, 5, 7], interval=2))
print(s.mode([1, 2, 2, 3]), s.mode('aab'), s.mode(['x', 'y']), s.multimode('aabbc'), s.multimode([]), s.multimode([3]))
print(s.stdev([1, 2, 3, 4]), s.pstdev([1, 2, 3, 4]), s.variance([1, 2, 3, 4]), s.pvariance([1.5, 2.5]), s.variance([1, 2, 3]))
print(s.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), s.variance([0.1, 0.2, 0.3]), s.pvariance([1, 2, 3, 4]), s.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(s.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), s.stdev([10, 20, 30], xbar=20), s.pvariance([1, 3], mu=2))
print(s.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), s.quantiles(range(100), n=10), s.quantiles([1, 2, 3, 4], method='inclusive'))
print(s.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103], n=4))
print(s.correlation([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]), s.covariance([1, 2, 3], [1, 2, 4]), s.linear_regression([1, 2, 3], [2, 4, 6]))
print(s.linear_regression([1, 2, 3, 4, 5], [3, 5, 6, 9, 10]), s.linear_regression([1, 2, 3], [2, 4, 7], proportional=True))
for f, a in [(s.mean, []), (s.stdev, [1]), (s.variance, [1]), (s.mode, []), (s.median, []), (s.pvariance, []),
             (s.pstdev, []), (s.fmean, []), (s.harmonic_mean, []), (s.harmonic_mean, [-1, 2]), (s.quantiles, [])]:
    try:
        f(a)
    except s.StatisticsError as e:
        print(type(e).__name__, e)
try:
    s.correlation([1, 1, 1], [1, 2, 3])
except s.StatisticsError as e:
    print('StatisticsError', e)
print(issubclass(s.StatisticsError, ValueError), type(s.mean([1, 2])).__name__, type(s.mean([1.0, 2])).__name__)
print(s.NormalDist(1, 2), s.NormalDist(1, 2) + s.NormalDist(3, 4).mean, s.NormalDist(5, 1).variance)
