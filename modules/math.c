/* math.c - The math module: the C library's functions with CPython's
 * error rules (ValueError "math domain error", OverflowError "math range
 * error"), CPython's own algorithms where its results differ from libm's
 * (gamma and lgamma by Lanczos, hypot and dist by a scaled, compensated
 * sum of squares, fsum by exact partials), and logarithms of big ints.
 * The integer functions are in math_int.c.
 */
#include <errno.h>
#include <float.h>
#include <math.h>

#include "../runtime/bigint.h"
#include "../runtime/float.h"
#include "../runtime/tuple.h"
#include "math.h"

#define ARGS GiltThread *ts, Value *args, int nargs, GiltTuple *kw

static const double PI = 3.141592653589793238462643383279502884197;
static const double LOGPI = 1.144729885849400174143427351353058711647;

// ---- error rules --------------------------------------------------------------------

static Value domain_error(GiltThread *ts) {
    return gilt_raise(ts, GILT_EXC_VALUE_ERROR, "math domain error");
}

static Value range_error(GiltThread *ts) {
    return gilt_raise(ts, GILT_EXC_OVERFLOW_ERROR, "math range error");
}

// errno was set computing r: raise unless it is an underflow.
static Value errno_result(GiltThread *ts, double r) {
    if (errno == EDOM)
        return domain_error(ts);
    if (errno == ERANGE && fabs(r) >= 1.5)
        return range_error(ts);
    return FLOAT_VAL(r);
}

// f(x) for a libm function: a NaN from a non-NaN is a domain error, an
// infinity from a finite x a range error ([can_overflow]) or a domain
// error (a singularity).
static Value math_1(GiltThread *ts, Value arg, double (*f)(double),
                    bool can_overflow) {
    double x, r;
    if (gilt_to_double(ts, arg, &x) < 0)
        return VAL_NULL;
    errno = 0;
    r = f(x);
    if (isnan(r) && !isnan(x))
        return domain_error(ts);
    if (isinf(r) && isfinite(x))
        return can_overflow ? range_error(ts) : domain_error(ts);
    if (isfinite(r) && errno)
        return errno_result(ts, r);
    return FLOAT_VAL(r);
}

// f(x) for functions that set errno themselves.
static Value math_1a(GiltThread *ts, Value arg, double (*f)(double)) {
    double x;
    if (gilt_to_double(ts, arg, &x) < 0)
        return VAL_NULL;
    errno = 0;
    double r = f(x);
    return errno ? errno_result(ts, r) : FLOAT_VAL(r);
}

static Value math_2(GiltThread *ts, Value *args, double (*f)(double, double)) {
    double x, y, r;
    if (gilt_to_double(ts, args[0], &x) < 0 || gilt_to_double(ts, args[1], &y) < 0)
        return VAL_NULL;
    errno = 0;
    r = f(x, y);
    if (isnan(r))
        errno = !isnan(x) && !isnan(y) ? EDOM : 0;
    else if (isinf(r))
        errno = isfinite(x) && isfinite(y) ? ERANGE : 0;
    return errno ? errno_result(ts, r) : FLOAT_VAL(r);
}

// ---- functions libm lacks or gets differently ----------------------------------------

// sin(pi * x) for finite x, exact at integers.
static double sinpi(double x) {
    double y = fmod(fabs(x), 2.0), r;
    switch ((int)round(2.0 * y)) {
    case 0:
        r = sin(PI * y);
        break;
    case 1:
        r = cos(PI * (y - 0.5));
        break;
    case 2:
        r = sin(PI * (1.0 - y)); // -sin(pi*(y-1)) would give -0.0 at 1
        break;
    case 3:
        r = -cos(PI * (y - 1.5));
        break;
    default:
        r = sin(PI * (y - 2.0));
        break;
    }
    return copysign(1.0, x) * r;
}

// Lanczos approximation, N = 13, g = 6.024680040776729583740234375, as a
// rational function (the parameters CPython and Boost use).
#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
// x * (x+1) * ... * (x+11), by powers of x
static const double lanczos_den[LANCZOS_N] = {
    0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0,
    45995730.0, 13339535.0, 2637558.0,  357423.0,    32670.0,
    1925.0,    66.0,       1.0};

static double lanczos_sum(double x) {
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N; --i >= 0;) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else { // in 1/x, against overflow
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

static double gamma_special(double x, bool *done) {
    *done = true;
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0)
            return x;
        errno = EDOM;
        return NAN;
    }
    if (x == 0.0) {
        errno = EDOM;
        return copysign(HUGE_VAL, x);
    }
    if (x == floor(x)) {
        if (x < 0.0) {
            errno = EDOM;
            return NAN;
        }
        if (x <= 23.0) { // (x-1)! exactly
            double f = 1.0;
            for (int i = 2; i < (int)x; i++)
                f *= i;
            return f;
        }
    }
    double ax = fabs(x);
    if (ax < 1e-20) {
        double r = 1.0 / x;
        if (isinf(r))
            errno = ERANGE;
        return r;
    }
    if (ax > 200.0) {
        if (x < 0.0)
            return 0.0 / sinpi(x);
        errno = ERANGE;
        return HUGE_VAL;
    }
    *done = false;
    return 0.0;
}

static double m_tgamma(double x) {
    bool done;
    double r = gamma_special(x, &done);
    if (done)
        return r;
    double ax = fabs(x), y = ax + lanczos_g_minus_half, z;
    // The rounding error of y, fed back as a correction factor.
    if (ax > lanczos_g_minus_half)
        z = (y - ax) - lanczos_g_minus_half;
    else
        z = (y - lanczos_g_minus_half) - ax;
    z = z * lanczos_g / y;
    if (x < 0.0) {
        r = -PI / sinpi(ax) / ax * exp(y) / lanczos_sum(ax);
        r -= z * r;
        if (ax < 140.0) {
            r /= pow(y, ax - 0.5);
        } else {
            double sp = pow(y, ax / 2.0 - 0.25);
            r /= sp;
            r /= sp;
        }
    } else {
        r = lanczos_sum(ax) / exp(y);
        r += z * r;
        if (ax < 140.0) {
            r *= pow(y, ax - 0.5);
        } else {
            double sp = pow(y, ax / 2.0 - 0.25);
            r *= sp;
            r *= sp;
        }
    }
    if (isinf(r))
        errno = ERANGE;
    return r;
}

static double m_lgamma(double x) {
    if (!isfinite(x))
        return isnan(x) ? x : HUGE_VAL;
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            errno = EDOM;
            return HUGE_VAL;
        }
        return 0.0;
    }
    double ax = fabs(x);
    if (ax < 1e-20)
        return -log(ax);
    double r = log(lanczos_sum(ax)) - lanczos_g;
    r += (ax - 0.5) * (log(ax + lanczos_g - 0.5) - 1);
    if (x < 0.0) // reflection
        r = LOGPI - log(fabs(sinpi(ax))) - log(ax) - r;
    if (isinf(r))
        errno = ERANGE;
    return r;
}

static double m_atan2(double y, double x) {
    if (isnan(x) || isnan(y))
        return NAN;
    if (isinf(y)) {
        if (isinf(x))
            return copysign(copysign(1.0, x) == 1.0 ? 0.25 * PI : 0.75 * PI, y);
        return copysign(0.5 * PI, y);
    }
    if (isinf(x) || y == 0.0)
        return copysign(copysign(1.0, x) == 1.0 ? 0.0 : PI, y);
    return atan2(y, x);
}

// IEEE remainder: x - n*y for the nearest n, ties to even; exact.
static double m_remainder(double x, double y) {
    if (isfinite(x) && isfinite(y)) {
        if (y == 0.0)
            return NAN;
        double ax = fabs(x), ay = fabs(y), m = fmod(ax, ay), c = ay - m, r;
        if (m < c)
            r = m;
        else if (m > c)
            r = -c;
        else // halfway: choose the even multiple
            r = m - 2.0 * fmod(0.5 * (ax - m), ay);
        return copysign(1.0, x) * r;
    }
    if (isnan(x))
        return x;
    if (isnan(y))
        return y;
    if (isinf(x))
        return NAN;
    return x;
}

static double m_log(double x) {
    if (isfinite(x)) {
        if (x > 0.0)
            return log(x);
        errno = EDOM;
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0.0)
        return x;
    errno = EDOM;
    return NAN;
}

static double m_log2(double x) {
    if (isfinite(x) && x > 0.0)
        return log2(x);
    if (isnan(x) || (isinf(x) && x > 0))
        return x;
    errno = EDOM;
    return x == 0.0 ? -HUGE_VAL : NAN;
}

static double m_log10(double x) {
    if (isfinite(x) && x > 0.0)
        return log10(x);
    if (isnan(x) || (isinf(x) && x > 0))
        return x;
    errno = EDOM;
    return x == 0.0 ? -HUGE_VAL : NAN;
}

static double m_log1p(double x) {
    return x == 0.0 ? x : log1p(x); // keeps the sign of zero
}

// ---- one-argument functions -------------------------------------------------------------

#define FUNC1(name, f, can_overflow)                                            \
    static Value math_##name(ARGS) {                                            \
        return math_1(ts, args[0], f, can_overflow);                            \
    }
FUNC1(acos, acos, false)
FUNC1(acosh, acosh, false)
FUNC1(asin, asin, false)
FUNC1(asinh, asinh, false)
FUNC1(atan, atan, false)
FUNC1(atanh, atanh, false)
FUNC1(cbrt, cbrt, false)
FUNC1(cos, cos, false)
FUNC1(cosh, cosh, true)
FUNC1(exp, exp, true)
FUNC1(exp2, exp2, true)
FUNC1(expm1, expm1, true)
FUNC1(fabs, fabs, false)
FUNC1(log1p, m_log1p, false)
FUNC1(sin, sin, false)
FUNC1(sinh, sinh, true)
FUNC1(sqrt, sqrt, false)
FUNC1(tan, tan, false)
FUNC1(tanh, tanh, false)
#undef FUNC1

static Value math_erf(ARGS) {
    return math_1a(ts, args[0], erf);
}

static Value math_erfc(ARGS) {
    return math_1a(ts, args[0], erfc);
}

static Value math_gamma(ARGS) {
    return math_1a(ts, args[0], m_tgamma);
}

static Value math_lgamma(ARGS) {
    return math_1a(ts, args[0], m_lgamma);
}

#define FUNC2(name, f)                                                          \
    static Value math_##name(ARGS) {                                            \
        return math_2(ts, args, f);                                             \
    }
FUNC2(atan2, m_atan2)
FUNC2(copysign, copysign)
FUNC2(remainder, m_remainder)
#undef FUNC2

// ---- logarithms (big ints too) ----------------------------------------------------------

// func(x) for x an int of any size or a float: a huge int is split as
// m * 2^e so its log is log(m) + log(2) * e.
static Value loghelper(GiltThread *ts, Value arg, double (*func)(double)) {
    if (!gilt_is_int(ts, arg))
        return math_1(ts, arg, func, false);
    if (gilt_int_sign(arg) <= 0)
        return domain_error(ts);
    double x;
    if (gilt_int_to_double(ts, arg, &x) == 0)
        return FLOAT_VAL(func(x));
    gilt_exc_clear(ts);
    int64_t e;
    x = gilt_int_frexp(arg, &e);
    return FLOAT_VAL(func(x) + func(2.0) * (double)e);
}

static Value math_log(ARGS) {
    Value num = loghelper(ts, args[0], m_log);
    if (!num || nargs < 2)
        return num;
    Value den = loghelper(ts, args[1], m_log);
    if (!den)
        return VAL_NULL;
    return gilt_float_binop(ts, num, den, GILT_OP_TRUEDIV);
}

static Value math_log2(ARGS) {
    return loghelper(ts, args[0], m_log2);
}

static Value math_log10(ARGS) {
    return loghelper(ts, args[0], m_log10);
}

// ---- rounding to ints ------------------------------------------------------------------------

// floor/ceil/trunc: the dunder for non-floats, else the float's value.
static Value rounding(GiltThread *ts, Value x, GiltStr *name,
                      double (*f)(double), bool need_dunder) {
    if (IS_FLOAT(x))
        return gilt_int_from_double(ts, f(AS_FLOAT(x)));
    if (IS_INT(x))
        return x;
    bool found;
    Value r = gilt_call_dunder(ts, x, name, NULL, 0, &found);
    if (found)
        return r;
    if (need_dunder)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "type %s doesn't define __trunc__ method",
                          gilt_type_name(ts, x));
    double d;
    if (gilt_to_double(ts, x, &d) < 0)
        return VAL_NULL;
    return gilt_int_from_double(ts, f(d));
}

static Value math_floor(ARGS) {
    return rounding(ts, args[0], GILT_NAME(ts, __floor__), floor, false);
}

static Value math_ceil(ARGS) {
    return rounding(ts, args[0], GILT_NAME(ts, __ceil__), ceil, false);
}

static Value math_trunc(ARGS) {
    return rounding(ts, args[0], GILT_NAME(ts, __trunc__), trunc, true);
}

// ---- float utilities ------------------------------------------------------------------------

static Value math_frexp(ARGS) {
    double x;
    if (gilt_to_double(ts, args[0], &x) < 0)
        return VAL_NULL;
    int e = 0;
    if (isfinite(x) && x != 0.0)
        x = frexp(x, &e);
    return gilt_tuple_pack(ts, 2, FLOAT_VAL(x), INT_VAL(e));
}

static Value math_ldexp(ARGS) {
    double x, r;
    if (gilt_to_double(ts, args[0], &x) < 0)
        return VAL_NULL;
    if (!gilt_is_int(ts, args[1]))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "Expected an int as second argument to ldexp.");
    int64_t e;
    if (gilt_int_to_i64(ts, args[1], &e) < 0) {
        gilt_exc_clear(ts);
        e = gilt_int_sign(args[1]) < 0 ? INT64_MIN : INT64_MAX;
    }
    if (x == 0.0 || !isfinite(x))
        return FLOAT_VAL(x);
    if (e > INT32_MAX)
        return range_error(ts);
    if (e < INT32_MIN)
        return FLOAT_VAL(copysign(0.0, x));
    r = ldexp(x, (int)e);
    return isinf(r) ? range_error(ts) : FLOAT_VAL(r);
}

static Value math_modf(ARGS) {
    double x, ip;
    if (gilt_to_double(ts, args[0], &x) < 0)
        return VAL_NULL;
    if (isinf(x))
        return gilt_tuple_pack(ts, 2, FLOAT_VAL(copysign(0.0, x)), FLOAT_VAL(x));
    if (isnan(x))
        return gilt_tuple_pack(ts, 2, FLOAT_VAL(x), FLOAT_VAL(x));
    double frac = modf(x, &ip);
    return gilt_tuple_pack(ts, 2, FLOAT_VAL(frac), FLOAT_VAL(ip));
}

static Value math_fmod(ARGS) {
    double x, y;
    if (gilt_to_double(ts, args[0], &x) < 0 || gilt_to_double(ts, args[1], &y) < 0)
        return VAL_NULL;
    if (isinf(y) && isfinite(x))
        return FLOAT_VAL(x);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y))
        return domain_error(ts);
    return FLOAT_VAL(r);
}

static Value math_pow(ARGS) {
    double x, y, r = 0.0;
    if (gilt_to_double(ts, args[0], &x) < 0 || gilt_to_double(ts, args[1], &y) < 0)
        return VAL_NULL;
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x))
            r = y == 0.0 ? 1.0 : x;
        else if (isnan(y))
            r = x == 1.0 ? 1.0 : y;
        else if (isinf(x)) {
            bool odd = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            r = y > 0.0 ? (odd ? x : fabs(x)) : y == 0.0 ? 1.0
                                                         : (odd ? copysign(0.0, x) : 0.0);
        } else if (fabs(x) == 1.0) {
            r = 1.0;
        } else if (y > 0.0 && fabs(x) > 1.0) {
            r = y;
        } else if (y < 0.0 && fabs(x) < 1.0) {
            r = -y;
        }
        return FLOAT_VAL(r);
    }
    r = pow(x, y);
    if (isnan(r))
        return domain_error(ts);
    if (isinf(r))
        return x == 0.0 ? domain_error(ts) : range_error(ts);
    return FLOAT_VAL(r);
}

static Value math_degrees(ARGS) {
    double x;
    if (gilt_to_double(ts, args[0], &x) < 0)
        return VAL_NULL;
    return FLOAT_VAL(x * (180.0 / PI));
}

static Value math_radians(ARGS) {
    double x;
    if (gilt_to_double(ts, args[0], &x) < 0)
        return VAL_NULL;
    return FLOAT_VAL(x * (PI / 180.0));
}

#define PRED(name, test)                                                        \
    static Value math_##name(ARGS) {                                            \
        double x;                                                               \
        if (gilt_to_double(ts, args[0], &x) < 0)                                \
            return VAL_NULL;                                                    \
        return BOOL_VAL(test(x));                                               \
    }
PRED(isfinite, isfinite)
PRED(isinf, isinf)
PRED(isnan, isnan)
#undef PRED

static Value math_isclose(ARGS) {
    static const char *const names[] = {"a", "b", "$rel_tol", "$abs_tol", NULL};
    Value a[4];
    if (nargs > 2)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "isclose() takes exactly 2 positional arguments (%d "
                          "given)",
                          nargs);
    if (gilt_parse_args(ts, "isclose", args, nargs, kw, names, 2, a) < 0)
        return VAL_NULL;
    double x, y, rel = 1e-09, abs_tol = 0.0;
    if (gilt_to_double(ts, a[0], &x) < 0 || gilt_to_double(ts, a[1], &y) < 0 ||
        (a[2] && gilt_to_double(ts, a[2], &rel) < 0) ||
        (a[3] && gilt_to_double(ts, a[3], &abs_tol) < 0))
        return VAL_NULL;
    if (rel < 0.0 || abs_tol < 0.0)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                          "tolerances must be non-negative");
    if (x == y)
        return VAL_TRUE;
    if (isinf(x) || isinf(y))
        return VAL_FALSE;
    double diff = fabs(y - x);
    return BOOL_VAL(diff <= fabs(rel * y) || diff <= fabs(rel * x) ||
                    diff <= abs_tol);
}

static Value math_nextafter(ARGS) {
    double x, y;
    if (gilt_to_double(ts, args[0], &x) < 0 || gilt_to_double(ts, args[1], &y) < 0)
        return VAL_NULL;
    return FLOAT_VAL(nextafter(x, y));
}

static Value math_ulp(ARGS) {
    double x;
    if (gilt_to_double(ts, args[0], &x) < 0)
        return VAL_NULL;
    if (isnan(x))
        return FLOAT_VAL(x);
    x = fabs(x);
    if (isinf(x))
        return FLOAT_VAL(x);
    double x2 = nextafter(x, INFINITY);
    if (isinf(x2)) // the largest float
        return FLOAT_VAL(x - nextafter(x, -INFINITY));
    return FLOAT_VAL(x2 - x);
}

static const GiltMethodDef math_functions[] = {
    {"acos", math_acos, 1, 1, 0},
    {"acosh", math_acosh, 1, 1, 0},
    {"asin", math_asin, 1, 1, 0},
    {"asinh", math_asinh, 1, 1, 0},
    {"atan", math_atan, 1, 1, 0},
    {"atan2", math_atan2, 2, 2, 0},
    {"atanh", math_atanh, 1, 1, 0},
    {"cbrt", math_cbrt, 1, 1, 0},
    {"ceil", math_ceil, 1, 1, 0},
    {"copysign", math_copysign, 2, 2, 0},
    {"cos", math_cos, 1, 1, 0},
    {"cosh", math_cosh, 1, 1, 0},
    {"degrees", math_degrees, 1, 1, 0},
    {"dist", gilt_math_dist, 2, 2, 0},
    {"erf", math_erf, 1, 1, 0},
    {"erfc", math_erfc, 1, 1, 0},
    {"exp", math_exp, 1, 1, 0},
    {"exp2", math_exp2, 1, 1, 0},
    {"expm1", math_expm1, 1, 1, 0},
    {"fabs", math_fabs, 1, 1, 0},
    {"factorial", gilt_math_factorial, 1, 1, 0},
    {"floor", math_floor, 1, 1, 0},
    {"fmod", math_fmod, 2, 2, 0},
    {"frexp", math_frexp, 1, 1, 0},
    {"fsum", gilt_math_fsum, 1, 1, 0},
    {"gamma", math_gamma, 1, 1, 0},
    {"gcd", gilt_math_gcd, 0, -1, 0},
    {"hypot", gilt_math_hypot, 0, -1, 0},
    {"isclose", math_isclose, 0, -1, GILT_M_KW},
    {"isfinite", math_isfinite, 1, 1, 0},
    {"isinf", math_isinf, 1, 1, 0},
    {"isnan", math_isnan, 1, 1, 0},
    {"isqrt", gilt_math_isqrt, 1, 1, 0},
    {"lcm", gilt_math_lcm, 0, -1, 0},
    {"ldexp", math_ldexp, 2, 2, 0},
    {"lgamma", math_lgamma, 1, 1, 0},
    {"log", math_log, 1, 2, 0},
    {"log10", math_log10, 1, 1, 0},
    {"log1p", math_log1p, 1, 1, 0},
    {"log2", math_log2, 1, 1, 0},
    {"modf", math_modf, 1, 1, 0},
    {"nextafter", math_nextafter, 2, 2, 0},
    {"perm", gilt_math_perm, 1, 2, 0},
    {"pow", math_pow, 2, 2, 0},
    {"prod", gilt_math_prod, 0, -1, GILT_M_KW},
    {"radians", math_radians, 1, 1, 0},
    {"remainder", math_remainder, 2, 2, 0},
    {"sin", math_sin, 1, 1, 0},
    {"sinh", math_sinh, 1, 1, 0},
    {"sqrt", math_sqrt, 1, 1, 0},
    {"tan", math_tan, 1, 1, 0},
    {"tanh", math_tanh, 1, 1, 0},
    {"trunc", math_trunc, 1, 1, 0},
    {"ulp", math_ulp, 1, 1, 0},
    {"comb", gilt_math_comb, 2, 2, 0},
    {NULL}};

static int math_init(GiltThread *ts, Value m) {
    return gilt_module_add(ts, m, "pi", FLOAT_VAL(PI)) < 0 ||
                   gilt_module_add(ts, m, "e", FLOAT_VAL(2.718281828459045235360287471352662498)) < 0 ||
                   gilt_module_add(ts, m, "tau", FLOAT_VAL(2.0 * PI)) < 0 ||
                   gilt_module_add(ts, m, "inf", FLOAT_VAL(INFINITY)) < 0 ||
                   gilt_module_add(ts, m, "nan", FLOAT_VAL(NAN)) < 0
               ? -1
               : 0;
}

const GiltModuleDef gilt_module_math = {
    .name = "math",
    .doc = "This module provides access to the mathematical functions\n"
           "defined by the C standard.",
    .functions = math_functions,
    .init = math_init,
};
