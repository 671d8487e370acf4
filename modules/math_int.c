/* math_int.c - The integer functions of the math module: factorial (odd
 * part by binary splitting, then a shift), gcd, lcm, isqrt, comb, perm,
 * and prod.
 */
#include "../runtime/bigint.h"
#include "../runtime/str.h"
#include "math.h"

#define ARGS GiltThread *ts, Value *args, int nargs, GiltTuple *kw

// Product of the odd numbers in [lo, hi) (both odd), by binary splitting
// so the big multiplications are balanced (and Karatsuba applies).
static Value odd_product(GiltThread *ts, uint64_t lo, uint64_t hi) {
    uint64_t n = (hi - lo) / 2;
    // Small enough for the product to fit 64 bits: multiply in C.
    if (n * (uint64_t)(64 - __builtin_clzll(hi - 2)) <= 64) {
        uint64_t p = 1;
        for (uint64_t j = lo; j < hi; j += 2)
            p *= j;
        return gilt_int_from_u64(ts, p);
    }
    uint64_t mid = (lo + n) | 1;
    Value a = odd_product(ts, lo, mid);
    Value b = a ? odd_product(ts, mid, hi) : VAL_NULL;
    return b ? gilt_int_mul(ts, a, b) : VAL_NULL;
}

// n! = odd_part * 2^(n - popcount(n)); the odd part is the product over
// i of the odd numbers in (n >> (i+1), n >> i].
static Value factorial(GiltThread *ts, uint64_t n) {
    if (n < 21) {
        uint64_t f = 1;
        for (uint64_t i = 2; i <= n; i++)
            f *= i;
        return gilt_int_from_u64(ts, f);
    }
    Value inner = INT_VAL(1), outer = INT_VAL(1);
    uint64_t upper = 3;
    for (int i = 62 - __builtin_clzll(n); i >= 0; i--) {
        uint64_t v = n >> i;
        if (v <= 2)
            continue;
        uint64_t lower = upper;
        upper = (v + 1) | 1;
        Value part = odd_product(ts, lower, upper);
        if (!part || !(inner = gilt_int_mul(ts, inner, part)) ||
            !(outer = gilt_int_mul(ts, outer, inner)))
            return VAL_NULL;
    }
    return gilt_int_shift_n(ts, outer, n - (uint64_t)__builtin_popcountll(n),
                            true);
}

Value gilt_math_factorial(ARGS) {
    Value x = gilt_index_value(ts, args[0]);
    if (!x)
        return VAL_NULL;
    if (gilt_int_sign(x) < 0)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                          "factorial() not defined for negative values");
    int64_t n;
    if (gilt_int_to_i64(ts, x, &n) < 0) {
        gilt_exc_clear(ts);
        return gilt_raise(ts, GILT_EXC_OVERFLOW_ERROR,
                          "factorial() argument should not exceed %lld",
                          (long long)INT64_MAX);
    }
    return factorial(ts, (uint64_t)n);
}

// ---- gcd, lcm, isqrt ---------------------------------------------------------------

Value gilt_math_gcd(ARGS) {
    if (nargs == 0)
        return INT_VAL(0);
    Value r = gilt_index_value(ts, args[0]);
    if (!r)
        return VAL_NULL;
    gilt_gc_push_root(ts, r);
    if (nargs == 1)
        return gilt_int_abs(ts, r);
    for (int i = 1; i < nargs; i++) {
        Value x = gilt_index_value(ts, args[i]);
        if (!x)
            return VAL_NULL;
        if (r == INT_VAL(1))
            continue; // still check the remaining arguments
        if (!(r = gilt_int_gcd(ts, r, x)))
            return VAL_NULL;
        gilt_gc_push_root(ts, r);
    }
    return r;
}

static Value lcm2(GiltThread *ts, Value a, Value b) {
    if (gilt_int_sign(a) == 0 || gilt_int_sign(b) == 0)
        return INT_VAL(0);
    Value g = gilt_int_gcd(ts, a, b), q;
    if (!g || gilt_int_divmod(ts, a, g, &q, NULL, GILT_OP_FLOORDIV) < 0)
        return VAL_NULL;
    Value m = gilt_int_mul(ts, q, b);
    return m ? gilt_int_abs(ts, m) : VAL_NULL;
}

Value gilt_math_lcm(ARGS) {
    if (nargs == 0)
        return INT_VAL(1);
    Value r = gilt_index_value(ts, args[0]);
    if (!r)
        return VAL_NULL;
    gilt_gc_push_root(ts, r);
    if (nargs == 1)
        return gilt_int_abs(ts, r);
    for (int i = 1; i < nargs; i++) {
        Value x = gilt_index_value(ts, args[i]);
        if (!x)
            return VAL_NULL;
        if (r == INT_VAL(0))
            continue;
        if (!(r = lcm2(ts, r, x)))
            return VAL_NULL;
        gilt_gc_push_root(ts, r);
    }
    return r;
}

Value gilt_math_isqrt(ARGS) {
    Value n = gilt_index_value(ts, args[0]);
    if (!n)
        return VAL_NULL;
    if (gilt_int_sign(n) < 0)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                          "isqrt() argument must be nonnegative");
    return gilt_int_isqrt(ts, n);
}

// ---- comb and perm ---------------------------------------------------------------------

// n * (n-1) * ... * (n-k+1) for an int n >= k >= 1, by binary splitting.
static Value falling(GiltThread *ts, Value n, uint64_t k) {
    if (k == 1)
        return n;
    if (k <= 4 && IS_INT(n) && AS_INT(n) < 40000) {
        int64_t v = AS_INT(n), p = v;
        for (uint64_t i = 1; i < k; i++)
            p *= v - (int64_t)i;
        return gilt_int_from_i64(ts, p);
    }
    uint64_t j = k / 2;
    Value a = falling(ts, n, j);
    Value m = a ? gilt_int_sub(ts, n, gilt_int_from_u64(ts, j)) : VAL_NULL;
    Value b = m ? falling(ts, m, k - j) : VAL_NULL;
    return b ? gilt_int_mul(ts, a, b) : VAL_NULL;
}

// The two index arguments, checked non-negative; -1 on error.
static int nk_args(GiltThread *ts, Value n0, Value k0, Value *n, Value *k) {
    if (!(*n = gilt_index_value(ts, n0)))
        return -1;
    gilt_gc_push_root(ts, *n);
    if (!(*k = gilt_index_value(ts, k0)))
        return -1;
    gilt_gc_push_root(ts, *k);
    if (gilt_int_sign(*n) < 0) {
        gilt_raise(ts, GILT_EXC_VALUE_ERROR, "n must be a non-negative integer");
        return -1;
    }
    if (gilt_int_sign(*k) < 0) {
        gilt_raise(ts, GILT_EXC_VALUE_ERROR, "k must be a non-negative integer");
        return -1;
    }
    return 0;
}

Value gilt_math_perm(ARGS) {
    if (nargs < 2 || args[1] == VAL_NONE)
        return gilt_math_factorial(ts, args, 1, kw);
    Value n, k;
    if (nk_args(ts, args[0], args[1], &n, &k) < 0)
        return VAL_NULL;
    if (gilt_int_compare(n, k) < 0)
        return INT_VAL(0);
    int64_t ki;
    if (gilt_int_to_i64(ts, k, &ki) < 0) {
        gilt_exc_clear(ts);
        return gilt_raise(ts, GILT_EXC_OVERFLOW_ERROR,
                          "k must not exceed %lld", (long long)INT64_MAX);
    }
    return ki == 0 ? INT_VAL(1) : falling(ts, n, (uint64_t)ki);
}

Value gilt_math_comb(ARGS) {
    Value n, k;
    if (nk_args(ts, args[0], args[1], &n, &k) < 0)
        return VAL_NULL;
    Value d = gilt_int_sub(ts, n, k);
    if (!d)
        return VAL_NULL;
    if (gilt_int_sign(d) < 0)
        return INT_VAL(0);
    if (gilt_int_compare(d, k) < 0)
        k = d;
    int64_t ki;
    if (gilt_int_to_i64(ts, k, &ki) < 0) {
        gilt_exc_clear(ts);
        return gilt_raise(ts, GILT_EXC_OVERFLOW_ERROR,
                          "min(n - k, k) must not exceed %lld",
                          (long long)INT64_MAX);
    }
    if (ki == 0)
        return INT_VAL(1);
    Value num = falling(ts, n, (uint64_t)ki);
    Value den = num ? factorial(ts, (uint64_t)ki) : VAL_NULL;
    Value q;
    if (!den || gilt_int_divmod(ts, num, den, &q, NULL, GILT_OP_FLOORDIV) < 0)
        return VAL_NULL;
    return q;
}

// ---- prod ---------------------------------------------------------------------------------

Value gilt_math_prod(ARGS) {
    static const char *const names[] = {"iterable", "/$start", NULL};
    Value a[2];
    if (gilt_parse_args(ts, "prod", args, nargs, kw, names, 1, a) < 0)
        return VAL_NULL;
    Value it = gilt_iter(ts, a[0]);
    if (!it)
        return VAL_NULL;
    gilt_gc_push_root(ts, it);
    Value r = a[1] ? a[1] : INT_VAL(1);
    for (;;) {
        gilt_gc_push_root(ts, r);
        Value item = gilt_next(ts, it);
        if (!item)
            return ts->exc ? VAL_NULL : r;
        if (!(r = gilt_binop(ts, r, item, GILT_OP_MUL)))
            return VAL_NULL;
        gilt_gc_pop_root(ts);
    }
}
