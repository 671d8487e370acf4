"""Basic statistics: averages (mean, fmean, median, mode...), spread
(variance, stdev...), quantiles, correlation and linear regression.

Sums are exact: every value becomes an integer ratio (as_integer_ratio)
and the result is rounded once, so mean([1.1, 2.2, 3.3]) is 2.2. Results
keep the input type where it is exact (the mean of ints is an int when
it divides evenly), as CPython's.
"""

from collections import Counter, namedtuple

__all__ = ['NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean',
           'geometric_mean', 'harmonic_mean', 'linear_regression', 'mean', 'median',
           'median_grouped', 'median_high', 'median_low', 'mode', 'multimode',
           'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance']


class StatisticsError(ValueError):
    pass


# ---- exact arithmetic on (numerator, denominator) pairs ------------------------------

def _gcd(a, b):
    a, b = abs(a), abs(b)
    while b:
        a, b = b, a % b
    return a


def _ratio(x):
    """x (int, bool or float) as (numerator, denominator)."""
    if isinstance(x, int):
        return int(x), 1
    try:
        return x.as_integer_ratio()
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__) from None
    except (OverflowError, ValueError):
        raise


def _norm(n, d):
    if d < 0:
        n, d = -n, -d
    g = _gcd(n, d)
    if g > 1:
        n //= g
        d //= g
    return n, d


def _add(a, b):
    n1, d1 = a
    n2, d2 = b
    if d1 == d2:
        return _norm(n1 + n2, d1)
    return _norm(n1 * d2 + n2 * d1, d1 * d2)


def _sub(a, b):
    return _add(a, (-b[0], b[1]))


def _mul(a, b):
    return _norm(a[0] * b[0], a[1] * b[1])


def _div(a, b):
    return _norm(a[0] * b[1], a[1] * b[0])


def _coerce(T, S):
    """The type of a sum of T and S values (int < float)."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    raise TypeError("can't convert type '%s' to '%s'" % (T.__name__, S.__name__))


def _sum(data):
    """(type, exact total as a ratio, count), skipping nothing: nan and
    inf make the float total non-finite."""
    count = 0
    T = int
    total = (0, 1)
    special = None
    for x in data:
        count += 1
        T = _coerce(T, type(x))
        if isinstance(x, float) and (x != x or x in (_INF, -_INF)):
            special = x if special is None else special + x
            continue
        total = _add(total, _ratio(x))
    return T, total, count, special


_INF = float('inf')


def _convert(value, T):
    """Exact ratio value as type T (float when an int result would not be
    exact)."""
    n, d = value
    if T is bool:
        T = int
    if T is int and d != 1:
        T = float
    if T is int:
        return n
    if issubclass(T, int):
        return T(n)
    return T(n / d) if T is not float else n / d


def _fail_neg(values, errmsg='negative value'):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


# ---- averages ---------------------------------------------------------------------

def mean(data):
    """The arithmetic mean of data."""
    T, total, n, special = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    if special is not None:
        return special
    return _convert(_div(total, (n, 1)), T)


def fmean(data, weights=None):
    """The mean of data as a float (weighted when weights are given)."""
    if weights is None:
        values = list(data)
        n = len(values)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        T, total, count, special = _sum(float(v) for v in values)
        if special is not None:
            return special
        return total[0] / total[1] / n
    data = list(data)
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError('data and weights must be the same length')
    T, wsum, c, s1 = _sum(float(w) for w in weights)
    if not wsum[0]:
        raise StatisticsError('sum of weights must be non-zero')
    T, num, c, s2 = _sum(float(x) * float(w) for x, w in zip(data, weights))
    return (num[0] / num[1]) / (wsum[0] / wsum[1])


def geometric_mean(data):
    """exp(fmean(log(x))): the nth root of the product."""
    import math
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """The reciprocal of the mean of reciprocals."""
    if iter(data) is data:
        data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    elif n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        sum_weights = (n, 1)
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        _, sum_weights, _, _ = _sum(w for w in _fail_neg(weights, errmsg))
    try:
        data = list(_fail_neg(data, errmsg))
        T, total, count, special = _sum(w / x if w else 0 for w, x in zip(weights, data))
    except ZeroDivisionError:
        return 0
    if total[0] <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(_div(sum_weights, total), T)


def median(data):
    """The middle value (the mean of the two middle ones for an even
    count)."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """The lower of the two middle values for an even count."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """The higher of the two middle values for an even count."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1):
    """The median of grouped continuous data (the 50th percentile by
    interpolation)."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    elif n == 1:
        return data[0]
    x = data[n // 2]
    for obj in (x, interval):
        if isinstance(obj, (str, bytes)):
            raise TypeError('expected number but got %r' % (obj,))
    try:
        L = x - interval / 2
    except TypeError:
        L = float(x) - float(interval) / 2
    lo = 0
    hi = n
    while lo < hi:
        mid = (lo + hi) // 2
        if data[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    l1 = lo
    lo = l1
    hi = n
    while lo < hi:
        mid = (lo + hi) // 2
        if x < data[mid]:
            hi = mid
        else:
            lo = mid + 1
    l2 = lo
    cf = l1
    f = l2 - l1
    return L + interval * (n / 2 - cf) / f


def mode(data):
    """The most common value (the first one seen among ties)."""
    pairs = Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError('no mode for empty data') from None


def multimode(data):
    """Every value with the highest count, in order of first
    appearance."""
    counts = Counter(iter(data))
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


def quantiles(data, *, n=4, method='exclusive'):
    """The n-1 cut points dividing data into n intervals of equal
    probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            interpolated = (data[j] * (n - delta) + data[j + 1] * delta) / n
            result.append(interpolated)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            interpolated = (data[j - 1] * (n - delta) + data[j] * delta) / n
            result.append(interpolated)
        return result
    raise ValueError(f'Unknown method: {method!r}')


# ---- spread ---------------------------------------------------------------------------

def _ss(data, c=None):
    """(type, exact sum of squared deviations from the mean, mean, n)."""
    if c is not None:
        T, total, count, special = _sum(((x - c) ** 2 for x in data))
        return T, (None if special is not None else total), c, count
    data = list(data)
    T, total, n, special = _sum(data)
    if n == 0:
        return T, (0, 1), None, 0
    if special is not None:
        return T, None, special, n
    mean_r = _div(total, (n, 1))
    ss = (0, 1)
    for x in data:
        dev = _sub(_ratio(x), mean_r)
        ss = _add(ss, _mul(dev, dev))
    return T, ss, mean_r, n


def _isqrt(n):
    if n < 0:
        raise ValueError("isqrt() argument must be nonnegative")
    if n == 0:
        return 0
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def _sqrt_of_frac(n, m):
    """The square root of n/m as a correctly rounded float."""
    q = (n.bit_length() - m.bit_length() - 109) // 2
    if q >= 0:
        a = _isqrt(n // (m << 2 * q))
        a |= (a * a * (m << 2 * q) != n)
        return (a << q) / 1
    a = _isqrt((n << -2 * q) // m)
    a |= (a * a * m != (n << -2 * q))
    return a / (1 << -q)


def variance(data, xbar=None):
    """The sample variance (n - 1 in the denominator)."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    if ss is None:
        return float('nan')
    return _convert(_div(ss, (n - 1, 1)), T)


def pvariance(data, mu=None):
    """The population variance (n in the denominator)."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    if ss is None:
        return float('nan')
    return _convert(_div(ss, (n, 1)), T)


def stdev(data, xbar=None):
    """The sample standard deviation."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    if ss is None:
        return float('nan')
    mss = _div(ss, (n - 1, 1))
    return _sqrt_of_frac(mss[0], mss[1])


def pstdev(data, mu=None):
    """The population standard deviation."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    if ss is None:
        return float('nan')
    mss = _div(ss, (n, 1))
    return _sqrt_of_frac(mss[0], mss[1])


# ---- two variables ----------------------------------------------------------------------

def _fsum(values):
    """The correctly rounded float sum of float values (math.fsum)."""
    T, total, count, special = _sum(float(v) for v in values)
    if special is not None:
        return special
    return total[0] / total[1]


def _centered(x, y, n):
    xbar = _fsum(x) / n
    ybar = _fsum(y) / n
    return xbar, ybar, [xi - xbar for xi in x], [yi - ybar for yi in y]


def covariance(x, y, /):
    """The sample covariance of two inputs."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('covariance requires that both inputs have same number of '
                              'data points')
    if n < 2:
        raise StatisticsError('covariance requires at least two data points')
    xbar, ybar, dx, dy = _centered(x, y, n)
    sxy = _fsum(a * b for a, b in zip(dx, dy))
    return sxy / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two inputs."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('correlation requires that both inputs have same number of '
                              'data points')
    if n < 2:
        raise StatisticsError('correlation requires at least two data points')
    xbar, ybar, dx, dy = _centered(x, y, n)
    sxy = _fsum(a * b for a, b in zip(dx, dy))
    sxx = _fsum(a * a for a in dx)
    syy = _fsum(b * b for b in dy)
    try:
        n_, d_ = (sxx * syy).as_integer_ratio()
        return sxy / _sqrt_of_frac(n_, d_)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the least-squares line through (x, y)."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('linear regression requires that both inputs have same '
                              'number of data points')
    if n < 2:
        raise StatisticsError('linear regression requires at least two data points')
    if proportional:
        sxy = _fsum(xi * yi for xi, yi in zip(x, y))
        sxx = _fsum(xi * xi for xi in x)
    else:
        xbar, ybar, dx, dy = _centered(x, y, n)
        sxy = _fsum(a * b for a, b in zip(dx, dy))
        sxx = _fsum(a * a for a in dx)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


class NormalDist:
    """A normal distribution with mean mu and standard deviation sigma."""

    __slots__ = {'_mu': 'Arithmetic mean.', '_sigma': 'Standard deviation.'}

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        return cls(*_mean_stdev(data))

    def pdf(self, x):
        import math
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return math.exp(diff * diff / (-2.0 * variance)) / math.sqrt(2.0 * math.pi * variance)

    def cdf(self, x):
        import math
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * 2.0 ** 0.5)))

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    def __add__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, (x1._sigma ** 2 + x2._sigma ** 2) ** 0.5)
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, (x1._sigma ** 2 + x2._sigma ** 2) ** 0.5)
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * abs(x2))

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / abs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__
    __rmul__ = __mul__

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'


def _mean_stdev(data):
    data = list(data)
    if len(data) < 2:
        raise StatisticsError('stdev requires at least two data points')
    return float(mean(data)), float(stdev(data))
