/* int_arith.c - int arithmetic: + - * (schoolbook and Karatsuba), bitwise
 * operators in two's complement, shifts, powers, and the binop dispatch.
 *
 * gilt_int_binop() handles two small ints inline (the common case after
 * the eval loop's own fast paths) and falls back to magnitude arithmetic
 * on views (bigint.h) for everything else. Results are normalised, so a
 * result that fits the small range is always a small int.
 */
#include <math.h>

#include "bigint.h"
#include "float.h"

// Below this many digits (of the shorter operand) schoolbook
// multiplication beats Karatsuba.
#define KARATSUBA_CUTOFF 48

GILT_INLINE Value mk(GiltThread *ts, int64_t i) {
    return gilt_smallint_fits(i) ? INT_VAL(i) : gilt_int_from_i64(ts, i);
}

static size_t trim(const uint32_t *d, size_t n) {
    while (n && d[n - 1] == 0)
        n--;
    return n;
}

// ---- magnitudes ---------------------------------------------------------

size_t gilt_int_mag_add(uint32_t *out, const uint32_t *a, size_t na,
                        const uint32_t *b, size_t nb) {
    if (na < nb) {
        const uint32_t *t = a;
        a = b, b = t;
        size_t tn = na;
        na = nb, nb = tn;
    }
    uint64_t carry = 0;
    size_t i = 0;
    for (; i < nb; i++) {
        carry += (uint64_t)a[i] + b[i];
        out[i] = (uint32_t)carry;
        carry >>= 32;
    }
    for (; i < na; i++) {
        carry += a[i];
        out[i] = (uint32_t)carry;
        carry >>= 32;
    }
    out[na] = (uint32_t)carry;
    return na + 1;
}

size_t gilt_int_mag_sub(uint32_t *out, const uint32_t *a, size_t na,
                        const uint32_t *b, size_t nb) {
    uint64_t borrow = 0;
    size_t i = 0;
    for (; i < nb; i++) {
        uint64_t t = (uint64_t)a[i] - b[i] - borrow;
        out[i] = (uint32_t)t;
        borrow = (t >> 32) & 1;
    }
    for (; i < na; i++) {
        uint64_t t = (uint64_t)a[i] - borrow;
        out[i] = (uint32_t)t;
        borrow = (t >> 32) & 1;
    }
    return na;
}

// x[0..nx) += y[0..ny), the carry rippling up (the sum fits in nx).
static void add_into(uint32_t *x, size_t nx, const uint32_t *y, size_t ny) {
    uint64_t carry = 0;
    size_t i = 0;
    for (; i < ny; i++) {
        carry += (uint64_t)x[i] + y[i];
        x[i] = (uint32_t)carry;
        carry >>= 32;
    }
    for (; carry && i < nx; i++) {
        carry += x[i];
        x[i] = (uint32_t)carry;
        carry >>= 32;
    }
}

// out (zeroed, na+nb digits) = a * b.
static void mul_school(uint32_t *out, const uint32_t *a, size_t na,
                       const uint32_t *b, size_t nb) {
    for (size_t i = 0; i < na; i++) {
        uint64_t ai = a[i], carry = 0;
        if (!ai)
            continue;
        uint32_t *o = out + i;
        for (size_t j = 0; j < nb; j++) {
            carry += ai * b[j] + o[j];
            o[j] = (uint32_t)carry;
            carry >>= 32;
        }
        o[nb] = (uint32_t)carry;
    }
}

static int k_mul(GiltThread *ts, uint32_t *out, const uint32_t *a, size_t na,
                 const uint32_t *b, size_t nb);

// a much longer than b: multiply b by nb-digit slices of a.
static int k_lopsided(GiltThread *ts, uint32_t *out, const uint32_t *a,
                      size_t na, const uint32_t *b, size_t nb) {
    size_t tn = 2 * nb;
    uint32_t *t = gilt_mem_realloc(ts, NULL, 0, tn * sizeof *t);
    if (!t)
        return -1;
    for (size_t i = 0; i < na; i += nb) {
        size_t len = na - i < nb ? na - i : nb;
        memset(t, 0, (len + nb) * sizeof *t);
        if (k_mul(ts, t, a + i, trim(a + i, len), b, nb) < 0) {
            gilt_mem_free(ts->vm, t, tn * sizeof *t);
            return -1;
        }
        add_into(out + i, na + nb - i, t, len + nb);
    }
    gilt_mem_free(ts->vm, t, tn * sizeof *t);
    return 0;
}

// Karatsuba: a = a1*B^h + a0, b = b1*B^h + b0 (na >= nb > h);
// a*b = z2*B^2h + (z1 - z2 - z0)*B^h + z0 with z1 = (a0+a1)(b0+b1).
static int k_split(GiltThread *ts, uint32_t *out, const uint32_t *a,
                   size_t na, const uint32_t *b, size_t nb) {
    size_t h = na / 2;
    size_t na0 = trim(a, h), nb0 = trim(b, h);
    if (k_mul(ts, out, a, na0, b, nb0) < 0 ||
        k_mul(ts, out + 2 * h, a + h, na - h, b + h, nb - h) < 0)
        return -1;
    size_t nsa = na - h + 1, nsb = (nb - h > h ? nb - h : h) + 1;
    size_t total = nsa + nsb + nsa + nsb;
    uint32_t *buf = gilt_mem_realloc(ts, NULL, 0, total * sizeof *buf);
    if (!buf)
        return -1;
    uint32_t *sa = buf, *sb = buf + nsa, *z1 = buf + nsa + nsb;
    nsa = trim(sa, gilt_int_mag_add(sa, a, na0, a + h, na - h));
    nsb = trim(sb, gilt_int_mag_add(sb, b, nb0, b + h, nb - h));
    memset(z1, 0, (nsa + nsb) * sizeof *z1);
    int rc = k_mul(ts, z1, sa, nsa, sb, nsb);
    if (rc == 0) {
        size_t nz = trim(z1, nsa + nsb);
        size_t n0 = trim(out, 2 * h);
        size_t n2 = trim(out + 2 * h, na + nb - 2 * h);
        gilt_int_mag_sub(z1, z1, nz, out, n0);
        gilt_int_mag_sub(z1, z1, nz, out + 2 * h, n2);
        add_into(out + h, na + nb - h, z1, trim(z1, nz));
    }
    gilt_mem_free(ts->vm, buf, total * sizeof *buf);
    return rc;
}

static int k_mul(GiltThread *ts, uint32_t *out, const uint32_t *a, size_t na,
                 const uint32_t *b, size_t nb) {
    if (na < nb) {
        const uint32_t *t = a;
        a = b, b = t;
        size_t tn = na;
        na = nb, nb = tn;
    }
    if (nb < KARATSUBA_CUTOFF) {
        // The inner loop over the longer operand keeps the carry chain in
        // registers (big * small is the common case).
        mul_school(out, b, nb, a, na);
        return 0;
    }
    if (2 * nb <= na)
        return k_lopsided(ts, out, a, na, b, nb);
    return k_split(ts, out, a, na, b, nb);
}

int gilt_int_mag_mul(GiltThread *ts, uint32_t *out, const uint32_t *a,
                     size_t na, const uint32_t *b, size_t nb) {
    return k_mul(ts, out, a, na, b, nb);
}

// ---- + - * ----------------------------------------------------------------

static Value add_views(GiltThread *ts, const GiltIntView *a,
                       const GiltIntView *b, int bsign) {
    if (bsign == 0)
        return gilt_int_from_mag(ts, a->d, a->n, a->sign);
    if (a->sign == 0)
        return gilt_int_from_mag(ts, b->d, b->n, bsign);
    GiltBigInt *r;
    if (a->sign == bsign) {
        if (!(r = gilt_int_alloc(ts, (a->n > b->n ? a->n : b->n) + 1)))
            return VAL_NULL;
        gilt_int_mag_add(r->digits, a->d, a->n, b->d, b->n);
        return gilt_int_finish(r, bsign);
    }
    int c = gilt_int_mag_cmp(a->d, a->n, b->d, b->n);
    if (c == 0)
        return INT_VAL(0);
    if (c < 0) {
        const GiltIntView *t = a;
        a = b, b = t;
    }
    if (!(r = gilt_int_alloc(ts, a->n)))
        return VAL_NULL;
    gilt_int_mag_sub(r->digits, a->d, a->n, b->d, b->n);
    return gilt_int_finish(r, c < 0 ? bsign : a->sign);
}

Value gilt_int_add(GiltThread *ts, Value a, Value b) {
    if (BOTH_INT(a, b))
        return mk(ts, AS_INT(a) + AS_INT(b));
    GiltIntView va, vb;
    gilt_int_view(a, &va);
    gilt_int_view(b, &vb);
    return add_views(ts, &va, &vb, vb.sign);
}

Value gilt_int_sub(GiltThread *ts, Value a, Value b) {
    if (BOTH_INT(a, b))
        return mk(ts, AS_INT(a) - AS_INT(b));
    GiltIntView va, vb;
    gilt_int_view(a, &va);
    gilt_int_view(b, &vb);
    return add_views(ts, &va, &vb, -vb.sign);
}

Value gilt_int_mul(GiltThread *ts, Value a, Value b) {
    GiltIntView va, vb;
    gilt_int_view(a, &va);
    gilt_int_view(b, &vb);
    if (va.sign == 0 || vb.sign == 0)
        return INT_VAL(0);
    GiltBigInt *r = gilt_int_alloc(ts, va.n + vb.n);
    if (!r)
        return VAL_NULL;
    // A view of r's own operand cannot alias r (it is fresh).
    if (gilt_int_mag_mul(ts, r->digits, va.d, va.n, vb.d, vb.n) < 0)
        return VAL_NULL;
    return gilt_int_finish(r, va.sign * vb.sign);
}

// ---- bitwise ----------------------------------------------------------------

// Digit i of the two's complement form of a view; *carry starts at 1 for
// negative numbers (-m = ~m + 1).
GILT_INLINE uint32_t twos_digit(const GiltIntView *v, size_t i,
                                uint64_t *carry) {
    uint32_t m = i < v->n ? v->d[i] : 0;
    if (v->sign >= 0)
        return m;
    uint64_t t = (uint64_t)(uint32_t)~m + *carry;
    *carry = t >> 32;
    return (uint32_t)t;
}

Value gilt_int_bitop(GiltThread *ts, Value a, Value b, int op) {
    if (BOTH_INT(a, b)) {
        int64_t x = AS_INT(a), y = AS_INT(b);
        return INT_VAL(op == GILT_OP_AND ? x & y : op == GILT_OP_OR ? x | y
                                                                    : x ^ y);
    }
    GiltIntView va, vb;
    gilt_int_view(a, &va);
    gilt_int_view(b, &vb);
    bool na = va.sign < 0, nb = vb.sign < 0;
    bool neg = op == GILT_OP_AND ? na && nb : op == GILT_OP_OR ? na || nb
                                                               : na != nb;
    size_t n = (va.n > vb.n ? va.n : vb.n) + 1;
    GiltBigInt *r = gilt_int_alloc(ts, n);
    if (!r)
        return VAL_NULL;
    uint64_t ca = 1, cb = 1, cr = 1;
    for (size_t i = 0; i < n; i++) {
        uint32_t x = twos_digit(&va, i, &ca), y = twos_digit(&vb, i, &cb);
        uint32_t z = op == GILT_OP_AND ? x & y : op == GILT_OP_OR ? x | y
                                                                  : x ^ y;
        if (neg) { // back to a magnitude: ~z + 1
            uint64_t t = (uint64_t)(uint32_t)~z + cr;
            cr = t >> 32;
            z = (uint32_t)t;
        }
        r->digits[i] = z;
    }
    return gilt_int_finish(r, neg ? -1 : 1);
}

Value gilt_int_invert(GiltThread *ts, Value a) {
    if (IS_INT(a))
        return mk(ts, ~AS_INT(a));
    return gilt_int_sub(ts, INT_VAL(-1), a);
}

Value gilt_int_neg(GiltThread *ts, Value a) {
    if (IS_INT(a))
        return mk(ts, -AS_INT(a));
    GiltIntView v;
    gilt_int_view(a, &v);
    return gilt_int_from_mag(ts, v.d, v.n, -v.sign);
}

Value gilt_int_abs(GiltThread *ts, Value a) {
    if (IS_INT(a)) {
        int64_t i = AS_INT(a);
        return i < 0 ? mk(ts, -i) : a;
    }
    GiltIntView v;
    gilt_int_view(a, &v);
    if (v.sign > 0 && AS_OBJ(a)->type == GILT_TYPE(ts, INT))
        return a;
    return gilt_int_from_mag(ts, v.d, v.n, v.sign != 0);
}

// ---- shifts ---------------------------------------------------------------

static Value lshift_view(GiltThread *ts, const GiltIntView *v, uint64_t n) {
    if (v->sign == 0)
        return INT_VAL(0);
    size_t q = (size_t)(n / 32);
    unsigned s = (unsigned)(n % 32);
    GiltBigInt *r = gilt_int_alloc(ts, v->n + q + 1);
    if (!r)
        return VAL_NULL;
    uint32_t carry = 0;
    for (size_t i = 0; i < v->n; i++) {
        uint64_t t = (uint64_t)v->d[i] << s;
        r->digits[q + i] = (uint32_t)t | carry;
        carry = (uint32_t)(t >> 32);
    }
    r->digits[q + v->n] = carry;
    return gilt_int_finish(r, v->sign);
}

// Floor division by 2^n: negative numbers round towards -inf.
static Value rshift_view(GiltThread *ts, const GiltIntView *v, uint64_t n) {
    if (n >= (uint64_t)v->n * 32)
        return INT_VAL(v->sign < 0 ? -1 : 0);
    size_t q = (size_t)(n / 32), len = v->n - q;
    unsigned s = (unsigned)(n % 32);
    bool lost = s && (v->d[q] & ((1u << s) - 1));
    for (size_t i = 0; !lost && i < q; i++)
        lost = v->d[i] != 0;
    GiltBigInt *r = gilt_int_alloc(ts, len + 1);
    if (!r)
        return VAL_NULL;
    for (size_t i = 0; i < len; i++) {
        uint64_t t = v->d[q + i];
        if (q + i + 1 < v->n)
            t |= (uint64_t)v->d[q + i + 1] << 32;
        r->digits[i] = (uint32_t)(t >> s);
    }
    if (v->sign < 0 && lost) { // -ceil(m / 2^n)
        for (size_t i = 0; i <= len && ++r->digits[i] == 0; i++)
            ;
    }
    return gilt_int_finish(r, v->sign);
}

Value gilt_int_shift_n(GiltThread *ts, Value a, uint64_t n, bool left) {
    GiltIntView v;
    gilt_int_view(a, &v);
    if (left && v.sign != 0 && n > ((uint64_t)1 << 40))
        return gilt_raise_nomem(ts);
    return left ? lshift_view(ts, &v, n) : rshift_view(ts, &v, n);
}

// The shift count of b: -1 (error raised) when negative, else 0 with *n
// set (UINT64_MAX when it does not fit).
static int shift_count(GiltThread *ts, Value b, uint64_t *n) {
    GiltIntView vb;
    gilt_int_view(b, &vb);
    if (vb.sign < 0) {
        gilt_raise(ts, GILT_EXC_VALUE_ERROR, "negative shift count");
        return -1;
    }
    *n = vb.n > 2 ? UINT64_MAX
         : vb.n == 2 ? vb.d[0] | (uint64_t)vb.d[1] << 32
         : vb.n == 1 ? vb.d[0] : 0;
    return 0;
}

Value gilt_int_lshift(GiltThread *ts, Value a, Value b) {
    uint64_t n;
    if (shift_count(ts, b, &n) < 0)
        return VAL_NULL;
    return gilt_int_shift_n(ts, a, n, true);
}

Value gilt_int_rshift(GiltThread *ts, Value a, Value b) {
    uint64_t n;
    if (shift_count(ts, b, &n) < 0)
        return VAL_NULL;
    return gilt_int_shift_n(ts, a, n, false);
}

// ---- power ------------------------------------------------------------------

static bool small_pow(int64_t x, int64_t y, int64_t *out) {
    int64_t r = 1;
    while (y) {
        if ((y & 1) && __builtin_mul_overflow(r, x, &r))
            return false;
        y >>= 1;
        if (y && __builtin_mul_overflow(x, x, &x))
            return false;
    }
    *out = r;
    return true;
}

// a ** b for b < 0: computed in floating point, as CPython does.
static Value pow_negative(GiltThread *ts, Value a, Value b) {
    double x, y;
    if (gilt_int_to_double(ts, a, &x) < 0 || gilt_int_to_double(ts, b, &y) < 0)
        return VAL_NULL;
    return gilt_float_pow(ts, x, y);
}

Value gilt_int_pow(GiltThread *ts, Value a, Value b) {
    GiltIntView va, vb;
    gilt_int_view(b, &vb);
    if (vb.sign < 0)
        return pow_negative(ts, a, b);
    gilt_int_view(a, &va);
    if (vb.sign == 0)
        return INT_VAL(1);
    bool odd = vb.d[0] & 1;
    if (va.sign == 0 || (va.n == 1 && va.d[0] == 1))
        return INT_VAL(va.sign < 0 && !odd ? 1 : va.sign);
    uint64_t e = vb.n > 2 ? UINT64_MAX
                 : vb.n == 2 ? vb.d[0] | (uint64_t)vb.d[1] << 32 : vb.d[0];
    uint64_t abits = gilt_int_mag_bits(va.d, va.n);
    if (e > ((uint64_t)1 << 40) / abits)
        return gilt_raise_nomem(ts);
    if (va.n == 1 && (va.d[0] & (va.d[0] - 1)) == 0) { // a power of two
        Value r = gilt_int_shift_n(ts, INT_VAL(1), (abits - 1) * e, true);
        return r && va.sign < 0 && odd ? gilt_int_neg(ts, r) : r;
    }
    Value r = a;
    if (!IS_INT(a))
        r = gilt_int_value(ts, a);
    Value base = r;
    for (int bit = 62 - __builtin_clzll(e); r && bit >= 0; bit--) {
        r = gilt_int_mul(ts, r, r);
        if (r && ((e >> bit) & 1))
            r = gilt_int_mul(ts, r, base);
    }
    return r;
}

// ---- dispatch ---------------------------------------------------------------

static Value binop_slow(GiltThread *ts, Value a, Value b, int op) {
    if (!gilt_int_like(ts, a) || !gilt_int_like(ts, b))
        return VAL_NOTIMPL;
    if (IS_BOOL(a))
        a = INT_VAL(a == VAL_TRUE);
    if (IS_BOOL(b))
        b = INT_VAL(b == VAL_TRUE);
    Value r = VAL_NULL;
    switch (op) {
    case GILT_OP_ADD:
        return gilt_int_add(ts, a, b);
    case GILT_OP_SUB:
        return gilt_int_sub(ts, a, b);
    case GILT_OP_MUL:
        return gilt_int_mul(ts, a, b);
    case GILT_OP_TRUEDIV:
        return gilt_int_truediv(ts, a, b);
    case GILT_OP_FLOORDIV:
        return gilt_int_divmod(ts, a, b, &r, NULL, op) < 0 ? VAL_NULL : r;
    case GILT_OP_MOD:
        return gilt_int_divmod(ts, a, b, NULL, &r, op) < 0 ? VAL_NULL : r;
    case GILT_OP_POW:
        return gilt_int_pow(ts, a, b);
    case GILT_OP_LSHIFT:
        return gilt_int_lshift(ts, a, b);
    case GILT_OP_RSHIFT:
        return gilt_int_rshift(ts, a, b);
    case GILT_OP_AND:
    case GILT_OP_OR:
    case GILT_OP_XOR:
        return gilt_int_bitop(ts, a, b, op);
    default:
        return VAL_NOTIMPL;
    }
}

Value gilt_int_binop(GiltThread *ts, Value a, Value b, int op) {
    if (GILT_LIKELY(BOTH_INT(a, b))) {
        int64_t x = AS_INT(a), y = AS_INT(b), r;
        switch (op) {
        case GILT_OP_ADD:
            return mk(ts, x + y);
        case GILT_OP_SUB:
            return mk(ts, x - y);
        case GILT_OP_MUL:
            if (!__builtin_mul_overflow(x, y, &r))
                return mk(ts, r);
            break;
        case GILT_OP_FLOORDIV:
            if (y == 0)
                break;
            r = x / y;
            return mk(ts, r - ((x % y != 0) && ((x < 0) != (y < 0))));
        case GILT_OP_MOD:
            if (y == 0)
                break;
            r = x % y;
            return INT_VAL(r && ((r < 0) != (y < 0)) ? r + y : r);
        case GILT_OP_TRUEDIV:
            if (y == 0)
                break;
            return FLOAT_VAL((double)x / (double)y); // both exact doubles
        case GILT_OP_POW:
            if (y >= 0 && small_pow(x, y, &r))
                return mk(ts, r);
            break;
        case GILT_OP_LSHIFT:
            if (y >= 0 && y < 64) {
                r = (int64_t)((uint64_t)x << y);
                if ((r >> y) == x)
                    return mk(ts, r);
            }
            break;
        case GILT_OP_RSHIFT:
            if (y >= 0)
                return INT_VAL(y >= 63 ? (x < 0 ? -1 : 0) : x >> y);
            break;
        case GILT_OP_AND:
            return INT_VAL(x & y);
        case GILT_OP_OR:
            return INT_VAL(x | y);
        case GILT_OP_XOR:
            return INT_VAL(x ^ y);
        default:
            return VAL_NOTIMPL;
        }
    }
    return binop_slow(ts, a, b, op);
}
