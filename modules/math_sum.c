/* math_sum.c - The math functions that sum many floats accurately: fsum
 * (Shewchuk's exact partial sums with a correctly rounded total, as
 * CPython's msum) and hypot/dist (a power-of-two scaled sum of squares
 * with Veltkamp splitting, compensated accumulation and a final
 * square-root correction, as CPython's vector_norm), so the results match
 * CPython's bit for bit.
 */
#include <math.h>

#include "../runtime/bigint.h"
#include "../runtime/float.h"
#include "../runtime/tuple.h"
#include "math.h"

#define ARGS GiltThread *ts, Value *args, int nargs, GiltTuple *kw

// ---- fsum ------------------------------------------------------------------------------------

typedef struct {
    double *p;
    size_t n, cap;
    double stack[32];
} Partials;

static int partials_push(GiltThread *ts, Partials *ps, double x) {
    if (ps->n == ps->cap) {
        size_t cap = ps->cap * 2;
        double *p = gilt_mem_realloc(ts, ps->p == ps->stack ? NULL : ps->p,
                                     ps->cap * sizeof(double), cap * sizeof(double));
        if (!p)
            return -1;
        if (ps->p == ps->stack)
            memcpy(p, ps->stack, sizeof ps->stack);
        ps->p = p;
        ps->cap = cap;
    }
    ps->p[ps->n++] = x;
    return 0;
}

// Add x to the partials, keeping them exact and non-overlapping.
static void partials_add(Partials *ps, double *xp) {
    size_t i = 0;
    double x = *xp;
    for (size_t j = 0; j < ps->n; j++) {
        double y = ps->p[j];
        if (fabs(x) < fabs(y)) {
            double t = x;
            x = y, y = t;
        }
        volatile double hi = x + y, yr = hi - x, lo = y - yr;
        if (lo != 0.0)
            ps->p[i++] = lo;
        x = hi;
    }
    ps->n = i;
    *xp = x;
}

// The correctly rounded (half-even) sum of the partials.
static double partials_total(Partials *ps) {
    size_t n = ps->n;
    if (n == 0)
        return 0.0;
    volatile double hi = ps->p[--n], lo = 0.0, yr;
    double x, y;
    while (n > 0) {
        x = hi;
        y = ps->p[--n];
        hi = x + y;
        yr = hi - x;
        lo = y - yr;
        if (lo != 0.0)
            break;
    }
    // Half-even rounding across the remaining partials.
    if (n > 0 && ((lo < 0.0 && ps->p[n - 1] < 0.0) ||
                  (lo > 0.0 && ps->p[n - 1] > 0.0))) {
        y = lo * 2.0;
        x = hi + y;
        yr = x - hi;
        if (y == yr)
            hi = x;
    }
    return hi;
}

// fsum's loop over the iterator: the sum, or VAL_NULL on error.
static Value fsum_loop(GiltThread *ts, Value it, Partials *ps) {
    double special = 0.0, inf_sum = 0.0;
    for (;;) {
        Value item = gilt_next(ts, it);
        if (!item)
            break;
        double x;
        if (gilt_to_double(ts, item, &x) < 0)
            return VAL_NULL;
        double xsave = x;
        partials_add(ps, &x);
        if (x == 0.0)
            continue;
        if (!isfinite(x)) {
            if (isfinite(xsave))
                return gilt_raise(ts, GILT_EXC_OVERFLOW_ERROR,
                                  "intermediate overflow in fsum");
            if (isinf(xsave))
                inf_sum += xsave;
            special += xsave;
            ps->n = 0;
        } else if (partials_push(ts, ps, x) < 0) {
            return VAL_NULL;
        }
    }
    if (ts->exc)
        return VAL_NULL;
    if (special != 0.0) {
        if (isnan(inf_sum))
            return gilt_raise(ts, GILT_EXC_VALUE_ERROR, "-inf + inf in fsum");
        return FLOAT_VAL(special);
    }
    return FLOAT_VAL(partials_total(ps));
}

Value gilt_math_fsum(ARGS) {
    Value it = gilt_iter(ts, args[0]);
    if (!it)
        return VAL_NULL;
    gilt_gc_push_root(ts, it);
    Partials ps;
    ps.p = ps.stack;
    ps.n = 0;
    ps.cap = sizeof ps.stack / sizeof ps.stack[0];
    Value r = fsum_loop(ts, it, &ps);
    if (ps.p != ps.stack)
        gilt_mem_free(ts->vm, ps.p, ps.cap * sizeof(double));
    return r;
}

// ---- hypot and dist -------------------------------------------------------------------------

// Accumulate x into csum with its rounding error kept in *frac.
GILT_INLINE void comp_add(double *csum, double *frac, double x) {
    double old = *csum;
    *csum += x;
    *frac += (old - *csum) + x;
}

// sqrt(sum(x*x for x in vec)) for [n] non-negative finite values whose
// maximum is [max] (CPython's vector_norm).
static double vector_norm(size_t n, const double *vec, double max,
                          bool found_nan) {
    const double T27 = 134217729.0; // 2^27 + 1, Veltkamp's splitter
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
    if (isinf(max))
        return max;
    if (found_nan)
        return NAN;
    if (max == 0.0 || n <= 1)
        return max;
    int max_e;
    frexp(max, &max_e);
    if (max_e < -1023) { // 2^-max_e would overflow: divide by max instead
        for (size_t i = 0; i < n; i++) {
            double x = vec[i] / max;
            comp_add(&csum, &frac1, x * x);
        }
        return max * sqrt(csum - 1.0 + frac1);
    }
    double scale = ldexp(1.0, -max_e);
    for (size_t i = 0; i < n; i++) {
        double x = vec[i] * scale, t = x * T27;
        double hi = t - (t - x), lo = x - hi;
        comp_add(&csum, &frac1, hi * hi);
        comp_add(&csum, &frac2, 2.0 * hi * lo);
        frac3 += lo * lo;
    }
    double h = sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    // Correct the square root: subtract h*h exactly and adjust.
    double t = h * T27, hi = t - (t - h), lo = h - hi;
    comp_add(&csum, &frac1, -hi * hi);
    comp_add(&csum, &frac2, -2.0 * hi * lo);
    comp_add(&csum, &frac3, -lo * lo);
    double x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
}

Value gilt_math_hypot(ARGS) {
    double stack[16], *coords = stack, max = 0.0;
    bool found_nan = false;
    size_t bytes = (size_t)nargs * sizeof(double);
    if (nargs > 16 && !(coords = gilt_mem_realloc(ts, NULL, 0, bytes)))
        return VAL_NULL;
    Value r = VAL_NULL;
    for (int i = 0; i < nargs; i++) {
        double x;
        if (gilt_to_double(ts, args[i], &x) < 0)
            goto done;
        x = fabs(x);
        coords[i] = x;
        found_nan |= isnan(x);
        if (x > max)
            max = x;
    }
    r = FLOAT_VAL(vector_norm((size_t)nargs, coords, max, found_nan));
done:
    if (coords != stack)
        gilt_mem_free(ts->vm, coords, bytes);
    return r;
}

Value gilt_math_dist(ARGS) {
    Value p = gilt_tuple_from_iterable(ts, args[0]);
    if (!p)
        return VAL_NULL;
    gilt_gc_push_root(ts, p);
    Value q = gilt_tuple_from_iterable(ts, args[1]);
    if (!q)
        return VAL_NULL;
    gilt_gc_push_root(ts, q);
    size_t n = AS_TUPLE(p)->len;
    if (AS_TUPLE(q)->len != n)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                          "both points must have the same number of dimensions");
    double stack[16], *diffs = stack, max = 0.0;
    bool found_nan = false;
    size_t bytes = n * sizeof(double);
    if (n > 16 && !(diffs = gilt_mem_realloc(ts, NULL, 0, bytes)))
        return VAL_NULL;
    Value r = VAL_NULL;
    for (size_t i = 0; i < n; i++) {
        double px, qx;
        if (gilt_to_double(ts, AS_TUPLE(p)->items[i], &px) < 0 ||
            gilt_to_double(ts, AS_TUPLE(q)->items[i], &qx) < 0)
            goto done;
        double x = fabs(px - qx);
        diffs[i] = x;
        found_nan |= isnan(x);
        if (x > max)
            max = x;
    }
    r = FLOAT_VAL(vector_norm(n, diffs, max, found_nan));
done:
    if (diffs != stack)
        gilt_mem_free(ts->vm, diffs, bytes);
    return r;
}
