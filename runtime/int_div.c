/* int_div.c - int division: Knuth's algorithm D, floor division and
 * modulo with Python's signs, correctly rounded true division, modular
 * powers and inverses, gcd and isqrt.
 */
#include <float.h>
#include <math.h>

#include "bigint.h"
#include "float.h"

// ---- magnitudes -------------------------------------------------------------

uint32_t gilt_int_mag_divrem1(uint32_t *q, const uint32_t *a, size_t n,
                              uint32_t d) {
    uint64_t rem = 0;
    for (size_t i = n; i-- > 0;) {
        uint64_t cur = rem << 32 | a[i];
        q[i] = (uint32_t)(cur / d);
        rem = cur % d;
    }
    return (uint32_t)rem;
}

// Shift [n] digits of [a] left by [s] < 32 bits into [out] (n digits, the
// bits shifted out of the top returned).
static uint32_t shl_digits(uint32_t *out, const uint32_t *a, size_t n,
                           unsigned s) {
    uint32_t carry = 0;
    for (size_t i = 0; i < n; i++) {
        uint64_t t = (uint64_t)a[i] << s;
        out[i] = (uint32_t)t | carry;
        carry = (uint32_t)(t >> 32);
    }
    return carry;
}

// One step of algorithm D: divide un[j..j+nb] by vn, returning the
// quotient digit and leaving the remainder in un.
static uint32_t divstep(uint32_t *un, const uint32_t *vn, size_t nb,
                        size_t j) {
    const uint64_t B = (uint64_t)1 << 32;
    uint64_t num = (uint64_t)un[j + nb] << 32 | un[j + nb - 1];
    uint64_t qhat = num / vn[nb - 1], rhat = num % vn[nb - 1];
    while (qhat >= B ||
           qhat * vn[nb - 2] > (rhat << 32 | un[j + nb - 2])) {
        qhat--;
        rhat += vn[nb - 1];
        if (rhat >= B)
            break;
    }
    uint64_t carry = 0;
    int64_t borrow = 0;
    for (size_t i = 0; i < nb; i++) {
        uint64_t p = qhat * vn[i] + carry;
        carry = p >> 32;
        int64_t t = (int64_t)un[i + j] - (int64_t)(uint32_t)p - borrow;
        un[i + j] = (uint32_t)t;
        borrow = t < 0;
    }
    int64_t t = (int64_t)un[j + nb] - (int64_t)carry - borrow;
    un[j + nb] = (uint32_t)t;
    if (t < 0) { // qhat was one too large: add the divisor back
        qhat--;
        carry = 0;
        for (size_t i = 0; i < nb; i++) {
            uint64_t s = (uint64_t)un[i + j] + vn[i] + carry;
            un[i + j] = (uint32_t)s;
            carry = s >> 32;
        }
        un[j + nb] += (uint32_t)carry;
    }
    return (uint32_t)qhat;
}

int gilt_int_mag_divrem(GiltThread *ts, uint32_t *q, uint32_t *r,
                        const uint32_t *a, size_t na, const uint32_t *b,
                        size_t nb) {
    size_t bytes = (na + 1 + nb) * sizeof(uint32_t);
    uint32_t *un = gilt_mem_realloc(ts, NULL, 0, bytes);
    if (!un)
        return -1;
    uint32_t *vn = un + na + 1;
    unsigned s = (unsigned)__builtin_clz(b[nb - 1]);
    shl_digits(vn, b, nb, s);
    un[na] = shl_digits(un, a, na, s);
    for (size_t j = na - nb + 1; j-- > 0;) {
        uint32_t qd = divstep(un, vn, nb, j);
        if (q)
            q[j] = qd;
    }
    if (r)
        for (size_t i = 0; i < nb; i++)
            r[i] = (un[i] >> s) | (uint32_t)((uint64_t)un[i + 1] << (32 - s));
    gilt_mem_free(ts->vm, un, bytes);
    return 0;
}

// ---- floor division and modulo ---------------------------------------------

static int divmod_small(GiltThread *ts, int64_t x, int64_t y, Value *q,
                        Value *r) {
    int64_t qq = x / y, rr = x % y;
    if (rr && ((rr < 0) != (y < 0))) {
        qq--;
        rr += y;
    }
    if (q && !(*q = gilt_int_from_i64(ts, qq)))
        return -1;
    if (r)
        *r = INT_VAL(rr);
    return 0;
}

// |a| divided by |b| (|a| >= |b|) into fresh objects qo (one spare digit)
// and ro.
static int divmod_mags(GiltThread *ts, const GiltIntView *va,
                       const GiltIntView *vb, GiltBigInt **qo,
                       GiltBigInt **ro) {
    *qo = gilt_int_alloc(ts, va->n - vb->n + 2);
    *ro = gilt_int_alloc(ts, vb->n);
    if (!*qo || !*ro)
        return -1;
    if (vb->n == 1) {
        (*ro)->digits[0] =
            gilt_int_mag_divrem1((*qo)->digits, va->d, va->n, vb->d[0]);
        return 0;
    }
    return gilt_int_mag_divrem(ts, (*qo)->digits, (*ro)->digits, va->d, va->n,
                               vb->d, vb->n);
}

int gilt_int_divmod(GiltThread *ts, Value a, Value b, Value *q, Value *r,
                    int op) {
    if (BOTH_INT(a, b) && AS_INT(b) != 0)
        return divmod_small(ts, AS_INT(a), AS_INT(b), q, r);
    GiltIntView va, vb;
    gilt_int_view(a, &va);
    gilt_int_view(b, &vb);
    if (vb.sign == 0) {
        gilt_raise(ts, GILT_EXC_ZERO_DIVISION_ERROR,
                   op == GILT_OP_MOD ? "integer modulo by zero"
                                     : "integer division or modulo by zero");
        return -1;
    }
    GiltBigInt *qo, *ro;
    if (gilt_int_mag_cmp(va.d, va.n, vb.d, vb.n) < 0) {
        // |a| < |b|: quotient 0, remainder |a| (room for |b| - |a| too).
        qo = gilt_int_alloc(ts, 1);
        ro = gilt_int_alloc(ts, vb.n);
        if (!qo || !ro)
            return -1;
        memcpy(ro->digits, va.d, va.n * sizeof(uint32_t));
    } else if (divmod_mags(ts, &va, &vb, &qo, &ro) < 0) {
        return -1;
    }
    size_t nr = (size_t)ro->size;
    while (nr && ro->digits[nr - 1] == 0)
        nr--;
    if (va.sign * vb.sign < 0 && nr) {
        // Floor: q = -(|q| + 1), r = |b| - |r| with b's sign.
        for (size_t i = 0; ++qo->digits[i] == 0; i++)
            ;
        ro->size = (int64_t)vb.n;
        gilt_int_mag_sub(ro->digits, vb.d, vb.n, ro->digits, nr);
    }
    if (q)
        *q = gilt_int_finish(qo, va.sign * vb.sign);
    if (r)
        *r = gilt_int_finish(ro, vb.sign);
    return 0;
}

// ---- true division ------------------------------------------------------------

// |a| / |b| correctly rounded, following CPython's long_true_divide:
// scale a so the integer quotient has 55 or 56 bits, divide, and round
// that to 53 bits with the remainder as the sticky bit.
static Value truediv_big(GiltThread *ts, const GiltIntView *va,
                         const GiltIntView *vb, bool negate) {
    int64_t diff = (int64_t)gilt_int_mag_bits(va->d, va->n) -
                   (int64_t)gilt_int_mag_bits(vb->d, vb->n);
    if (diff > DBL_MAX_EXP)
        goto overflow;
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1)
        return FLOAT_VAL(negate ? -0.0 : 0.0);
    int64_t shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    Value am = gilt_int_from_mag(ts, va->d, va->n, 1);
    if (!am)
        return VAL_NULL;
    bool inexact = false;
    Value x;
    if (shift <= 0) {
        x = gilt_int_shift_n(ts, am, (uint64_t)-shift, true);
    } else {
        x = gilt_int_shift_n(ts, am, (uint64_t)shift, false);
        // Bits shifted out make the quotient inexact.
        Value back = x ? gilt_int_shift_n(ts, x, (uint64_t)shift, true) : x;
        if (!back)
            return VAL_NULL;
        inexact = gilt_int_compare(back, am) != 0;
    }
    Value bm = gilt_int_from_mag(ts, vb->d, vb->n, 1), rem;
    if (!x || !bm || gilt_int_divmod(ts, x, bm, &x, &rem, GILT_OP_FLOORDIV) < 0)
        return VAL_NULL;
    inexact |= rem != INT_VAL(0);
    GiltIntView vx;
    gilt_int_view(x, &vx);
    int64_t xbits = (int64_t)gilt_int_mag_bits(vx.d, vx.n);
    int64_t extra = (xbits > DBL_MIN_EXP - shift ? xbits : DBL_MIN_EXP - shift) -
                    DBL_MANT_DIG;
    // Round half to even by adjusting the low bits (x has > 32 bits).
    uint64_t mant = vx.d[0] | (vx.n > 1 ? (uint64_t)vx.d[1] << 32 : 0);
    uint64_t mask = (uint64_t)1 << (extra - 1);
    uint64_t low = mant | inexact;
    if ((low & mask) && (low & (3 * mask - 1)))
        low += mask;
    low &= ~(2 * mask - 1);
    double dx = (double)low; // at most 53 significant bits: exact
    if (shift + xbits >= DBL_MAX_EXP &&
        (shift + xbits > DBL_MAX_EXP || dx == ldexp(1.0, (int)xbits)))
        goto overflow;
    double result = ldexp(dx, (int)shift);
    return FLOAT_VAL(negate ? -result : result);
overflow:
    return gilt_raise(ts, GILT_EXC_OVERFLOW_ERROR,
                      "integer division result too large for a float");
}

Value gilt_int_truediv(GiltThread *ts, Value a, Value b) {
    GiltIntView va, vb;
    gilt_int_view(a, &va);
    gilt_int_view(b, &vb);
    if (vb.sign == 0)
        return gilt_raise(ts, GILT_EXC_ZERO_DIVISION_ERROR, "division by zero");
    if (va.sign == 0)
        return FLOAT_VAL(vb.sign < 0 ? -0.0 : 0.0);
    bool negate = va.sign != vb.sign;
    if (gilt_int_mag_bits(va.d, va.n) <= DBL_MANT_DIG &&
        gilt_int_mag_bits(vb.d, vb.n) <= DBL_MANT_DIG) {
        double x, y;
        gilt_int_to_double(ts, a, &x);
        gilt_int_to_double(ts, b, &y);
        return FLOAT_VAL(x / y);
    }
    return truediv_big(ts, &va, &vb, negate);
}

// ---- modular arithmetic ---------------------------------------------------------

// a mod m for m > 0, in [0, m).
static Value mod_pos(GiltThread *ts, Value a, Value m) {
    Value r;
    return gilt_int_divmod(ts, a, m, NULL, &r, GILT_OP_MOD) < 0 ? VAL_NULL : r;
}

// The inverse of a modulo m (m > 1, a in [0, m)), by extended Euclid.
static Value mod_inverse(GiltThread *ts, Value a, Value m) {
    Value r0 = a, r1 = m, s0 = INT_VAL(1), s1 = INT_VAL(0);
    while (r1 != INT_VAL(0)) {
        Value q, rem;
        if (gilt_int_divmod(ts, r0, r1, &q, &rem, GILT_OP_FLOORDIV) < 0)
            return VAL_NULL;
        Value qs = gilt_int_mul(ts, q, s1);
        Value s2 = qs ? gilt_int_sub(ts, s0, qs) : VAL_NULL;
        if (!s2)
            return VAL_NULL;
        r0 = r1, r1 = rem, s0 = s1, s1 = s2;
    }
    if (r0 != INT_VAL(1))
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                          "base is not invertible for the given modulus");
    return mod_pos(ts, s0, m);
}

// (a * b) mod m for 0 <= a, b < m < 2^64.
GILT_INLINE uint64_t mulmod64(uint64_t a, uint64_t b, uint64_t m) {
    return (uint64_t)((unsigned __int128)a * b % m);
}

static Value powmod_small(GiltThread *ts, uint64_t a, const GiltIntView *e,
                          uint64_t m) {
    uint64_t r = 1 % m;
    for (size_t i = e->n; i-- > 0;)
        for (int bit = 31; bit >= 0; bit--) {
            r = mulmod64(r, r, m);
            if ((e->d[i] >> bit) & 1)
                r = mulmod64(r, a, m);
        }
    return gilt_int_from_u64(ts, r);
}

// r * b mod m, or VAL_NULL.
static Value mulmod(GiltThread *ts, Value r, Value b, Value m) {
    Value p = gilt_int_mul(ts, r, b);
    return p ? mod_pos(ts, p, m) : VAL_NULL;
}

static Value powmod_big(GiltThread *ts, Value a, const GiltIntView *e,
                        Value m) {
    Value r = INT_VAL(1);
    for (size_t i = e->n; i-- > 0;)
        for (int bit = 31; bit >= 0; bit--) {
            if (r != INT_VAL(1) && !(r = mulmod(ts, r, r, m)))
                return VAL_NULL;
            if (((e->d[i] >> bit) & 1) && !(r = mulmod(ts, r, a, m)))
                return VAL_NULL;
        }
    return r;
}

Value gilt_int_powmod(GiltThread *ts, Value a, Value b, Value m) {
    if (!gilt_int_like(ts, a) || !gilt_int_like(ts, b) ||
        !gilt_int_like(ts, m))
        return VAL_NOTIMPL;
    if (!(a = gilt_int_value(ts, a)) || !(b = gilt_int_value(ts, b)) ||
        !(m = gilt_int_value(ts, m)))
        return VAL_NULL;
    int msign = gilt_int_sign(m);
    if (msign == 0)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                          "pow() 3rd argument cannot be 0");
    Value mabs = msign < 0 ? gilt_int_neg(ts, m) : m;
    if (!mabs || !(a = mod_pos(ts, a, mabs)))
        return VAL_NULL;
    if (gilt_int_sign(b) < 0) {
        if (mabs == INT_VAL(1))
            return INT_VAL(0);
        if (!(a = mod_inverse(ts, a, mabs)) || !(b = gilt_int_neg(ts, b)))
            return VAL_NULL;
    }
    GiltIntView ve;
    gilt_int_view(b, &ve);
    Value r;
    if (IS_INT(mabs))
        r = powmod_small(ts, (uint64_t)AS_INT(a), &ve, (uint64_t)AS_INT(mabs));
    else
        r = powmod_big(ts, a, &ve, mabs);
    if (r && r != INT_VAL(0) && msign < 0)
        r = gilt_int_add(ts, r, m);
    return r;
}

// ---- gcd and isqrt ---------------------------------------------------------------

static uint64_t gcd64(uint64_t a, uint64_t b) {
    if (!a || !b)
        return a | b;
    int shift = __builtin_ctzll(a | b);
    a >>= __builtin_ctzll(a);
    while (b) {
        b >>= __builtin_ctzll(b);
        if (a > b) {
            uint64_t t = a;
            a = b, b = t;
        }
        b -= a;
    }
    return a << shift;
}

Value gilt_int_gcd(GiltThread *ts, Value a, Value b) {
    if (!(a = gilt_int_value(ts, a)) || !(b = gilt_int_value(ts, b)) ||
        !(a = gilt_int_abs(ts, a)) || !(b = gilt_int_abs(ts, b)))
        return VAL_NULL;
    while (!IS_INT(a) || !IS_INT(b)) {
        if (b == INT_VAL(0))
            return a;
        Value r = mod_pos(ts, a, b);
        if (!r)
            return VAL_NULL;
        a = b, b = r;
    }
    return gilt_int_from_u64(ts, gcd64((uint64_t)AS_INT(a), (uint64_t)AS_INT(b)));
}

Value gilt_int_isqrt(GiltThread *ts, Value n) {
    if (IS_INT(n)) {
        uint64_t v = (uint64_t)AS_INT(n), x = (uint64_t)sqrt((double)v);
        while (x * x > v)
            x--;
        while ((x + 1) * (x + 1) <= v)
            x++;
        return INT_VAL((int64_t)x);
    }
    // Newton's iteration from above: x = (x + n // x) // 2 until it stops
    // decreasing.
    uint64_t bits = gilt_int_bit_length(n);
    Value x = gilt_int_shift_n(ts, INT_VAL(1), (bits + 1) / 2, true);
    for (;;) {
        Value q;
        if (!x || gilt_int_divmod(ts, n, x, &q, NULL, GILT_OP_FLOORDIV) < 0)
            return VAL_NULL;
        Value y = gilt_int_add(ts, x, q);
        if (!y || !(y = gilt_int_shift_n(ts, y, 1, false)))
            return VAL_NULL;
        if (gilt_int_compare(y, x) >= 0)
            return x;
        x = y;
    }
}
