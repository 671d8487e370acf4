/* int.c - int representation: allocation and normalisation, conversions
 * to and from C numbers, comparison, hashing.
 *
 * Invariant (value.h): an int in the 48-bit small range is always a
 * tagged small int; a GiltBigInt of exact type int always holds a value
 * outside it, without leading zero digits. Instances of int subclasses
 * are GiltBigInts of the subclass type holding any value (even zero, as
 * size 0); gilt_int_value() turns them into plain ints.
 *
 * Arithmetic lives in int_arith.c and int_div.c, text in int_str.c, the
 * Python-visible type in int_type.c.
 */
#include <math.h>

#include "bigint.h"

// ---- representation -----------------------------------------------------

GiltBigInt *gilt_int_alloc(GiltThread *ts, size_t n) {
    if (n > ((size_t)1 << 40)) {
        gilt_raise_nomem(ts);
        return NULL;
    }
    GiltBigInt *b = gilt_gc_alloc(ts, GILT_TYPE(ts, INT),
                                  GILT_INT_HEADER + n * sizeof(uint32_t));
    if (b)
        b->size = (int64_t)n;
    return b;
}

Value gilt_int_finish(GiltBigInt *b, int sign) {
    size_t n = (size_t)(b->size < 0 ? -b->size : b->size);
    while (n && b->digits[n - 1] == 0)
        n--;
    if (n <= 2) {
        uint64_t m = n == 0 ? 0 : n == 1 ? b->digits[0]
                                        : b->digits[0] | (uint64_t)b->digits[1] << 32;
        if (m <= (uint64_t)GILT_SMALLINT_MAX)
            return INT_VAL(sign < 0 ? -(int64_t)m : (int64_t)m);
        if (sign < 0 && m == (uint64_t)GILT_SMALLINT_MAX + 1)
            return INT_VAL(GILT_SMALLINT_MIN);
    }
    b->size = sign < 0 ? -(int64_t)n : (int64_t)n;
    return OBJ_VAL(b);
}

Value gilt_int_from_mag(GiltThread *ts, const uint32_t *d, size_t n,
                        int sign) {
    while (n && d[n - 1] == 0)
        n--;
    if (n <= 2) {
        uint64_t m = n == 0 ? 0 : n == 1 ? d[0] : d[0] | (uint64_t)d[1] << 32;
        if (m <= (uint64_t)GILT_SMALLINT_MAX + (sign < 0))
            return INT_VAL(sign < 0 ? (int64_t)(0 - m) : (int64_t)m);
    }
    GiltBigInt *b = gilt_int_alloc(ts, n);
    if (!b)
        return VAL_NULL;
    memcpy(b->digits, d, n * sizeof(uint32_t));
    b->size = sign < 0 ? -(int64_t)n : (int64_t)n;
    return OBJ_VAL(b);
}

void gilt_int_view(Value v, GiltIntView *w) {
    if (IS_OBJ(v)) {
        GiltBigInt *b = (GiltBigInt *)AS_OBJ(v);
        size_t n = (size_t)(b->size < 0 ? -b->size : b->size);
        while (n && b->digits[n - 1] == 0)
            n--;
        w->d = b->digits;
        w->n = n;
        w->sign = n == 0 ? 0 : b->size < 0 ? -1 : 1;
        return;
    }
    int64_t i = IS_INT(v) ? AS_INT(v) : v == VAL_TRUE;
    uint64_t m = i < 0 ? 0 - (uint64_t)i : (uint64_t)i;
    w->buf[0] = (uint32_t)m;
    w->buf[1] = (uint32_t)(m >> 32);
    w->d = w->buf;
    w->n = m == 0 ? 0 : w->buf[1] ? 2 : 1;
    w->sign = (i > 0) - (i < 0);
}

uint64_t gilt_int_mag_bits(const uint32_t *d, size_t n) {
    if (n == 0)
        return 0;
    return (uint64_t)(n - 1) * 32 + (uint64_t)(32 - __builtin_clz(d[n - 1]));
}

// ---- from C -------------------------------------------------------------

Value gilt_int_from_i64(GiltThread *ts, int64_t i) {
    if (gilt_smallint_fits(i))
        return INT_VAL(i);
    uint64_t m = i < 0 ? 0 - (uint64_t)i : (uint64_t)i;
    uint32_t d[2] = {(uint32_t)m, (uint32_t)(m >> 32)};
    return gilt_int_from_mag(ts, d, 2, i < 0 ? -1 : 1);
}

Value gilt_int_from_u64(GiltThread *ts, uint64_t u) {
    if (u <= (uint64_t)GILT_SMALLINT_MAX)
        return INT_VAL((int64_t)u);
    uint32_t d[2] = {(uint32_t)u, (uint32_t)(u >> 32)};
    return gilt_int_from_mag(ts, d, 2, 1);
}

Value gilt_int_from_double(GiltThread *ts, double d) {
    if (isinf(d))
        return gilt_raise(ts, GILT_EXC_OVERFLOW_ERROR,
                          "cannot convert float infinity to integer");
    if (isnan(d))
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                          "cannot convert float NaN to integer");
    d = trunc(d);
    if (fabs(d) < 9.0e18)
        return gilt_int_from_i64(ts, (int64_t)d);
    int e;
    double m = frexp(fabs(d), &e); // |d| = m * 2^e, e > 53
    uint64_t mant = (uint64_t)ldexp(m, 53);
    size_t n = (size_t)(e + 31) / 32;
    GiltBigInt *b = gilt_int_alloc(ts, n);
    if (!b)
        return VAL_NULL;
    unsigned shift = (unsigned)(e - 53);
    for (int k = 0; k < 2; k++) {
        // Place the 53-bit mantissa at bit [shift], one 32-bit half at a time.
        uint64_t part = k ? mant >> 32 : mant & 0xFFFFFFFFu;
        unsigned bit = shift + 32 * (unsigned)k;
        size_t at = bit / 32;
        unsigned off = bit % 32;
        uint64_t v = part << off;
        b->digits[at] |= (uint32_t)v;
        if (at + 1 < n)
            b->digits[at + 1] |= (uint32_t)(v >> 32);
    }
    return gilt_int_finish(b, d < 0 ? -1 : 1);
}

// ---- kinds ----------------------------------------------------------------

bool gilt_is_int(GiltThread *ts, Value v) {
    return gilt_int_like(ts, v);
}

bool gilt_int_is_big(GiltThread *ts, Value v) {
    return IS_OBJ(v) && AS_OBJ(v)->type == GILT_TYPE(ts, INT);
}

Value gilt_int_value(GiltThread *ts, Value v) {
    if (IS_INT(v))
        return v;
    if (IS_BOOL(v))
        return INT_VAL(v == VAL_TRUE);
    if (AS_OBJ(v)->type == GILT_TYPE(ts, INT))
        return v;
    GiltIntView w;
    gilt_int_view(v, &w);
    return gilt_int_from_mag(ts, w.d, w.n, w.sign);
}

int gilt_int_sign(Value v) {
    GiltIntView w;
    gilt_int_view(v, &w);
    return w.sign;
}

// ---- to C -----------------------------------------------------------------

int gilt_int_to_i64(GiltThread *ts, Value v, int64_t *out) {
    if (IS_INT(v)) {
        *out = AS_INT(v);
        return 0;
    }
    GiltIntView w;
    gilt_int_view(v, &w);
    if (w.n <= 2) {
        uint64_t m = w.n == 0 ? 0 : w.n == 1 ? w.d[0]
                                             : w.d[0] | (uint64_t)w.d[1] << 32;
        if (w.sign >= 0 && m <= (uint64_t)INT64_MAX) {
            *out = (int64_t)m;
            return 0;
        }
        if (w.sign < 0 && m <= (uint64_t)INT64_MAX + 1) {
            *out = (int64_t)(0 - m);
            return 0;
        }
    }
    gilt_raise(ts, GILT_EXC_OVERFLOW_ERROR,
               "Python int too large to convert to C long");
    return -1;
}

// The top 64 bits of a magnitude with [nbits] bits, left aligned, and
// whether any lower bit is set.
static uint64_t top64(const uint32_t *d, size_t n, uint64_t nbits,
                      bool *sticky) {
    if (nbits <= 64) {
        uint64_t m = n == 0 ? 0 : n == 1 ? d[0] : d[0] | (uint64_t)d[1] << 32;
        *sticky = false;
        return nbits ? m << (64 - nbits) : 0;
    }
    uint64_t low = nbits - 64; // index of the lowest bit kept
    size_t at = (size_t)(low / 32);
    unsigned off = (unsigned)(low % 32);
    unsigned __int128 acc = 0;
    for (size_t k = 0; k < 3 && at + k < n; k++)
        acc |= (unsigned __int128)d[at + k] << (32 * k);
    bool s = (d[at] & ((1u << off) - 1)) != 0;
    for (size_t k = 0; !s && k < at; k++)
        s = d[k] != 0;
    *sticky = s;
    return (uint64_t)(acc >> off);
}

// Magnitude to double, correctly rounded (half to even); HUGE_VAL when it
// exceeds the double range.
static double mag_to_double(const uint32_t *d, size_t n) {
    uint64_t nbits = gilt_int_mag_bits(d, n);
    if (nbits <= 64) {
        uint64_t m = n == 0 ? 0 : n == 1 ? d[0] : d[0] | (uint64_t)d[1] << 32;
        return (double)m; // the FPU rounds half to even
    }
    if (nbits > 1024)
        return HUGE_VAL;
    bool sticky;
    uint64_t x = top64(d, n, nbits, &sticky);
    uint64_t mant = x >> 11, rest = x & 0x7FF;
    if (rest > 0x400 || (rest == 0x400 && (sticky || (mant & 1))))
        mant++;
    return ldexp((double)mant, (int)(nbits - 53)); // inf if it overflowed
}

double gilt_int_frexp(Value v, int64_t *e) {
    GiltIntView w;
    gilt_int_view(v, &w);
    uint64_t nbits = gilt_int_mag_bits(w.d, w.n);
    if (nbits == 0) {
        *e = 0;
        return 0.0;
    }
    bool sticky;
    uint64_t x = top64(w.d, w.n, nbits, &sticky);
    uint64_t mant = x >> 11, rest = x & 0x7FF;
    if (rest > 0x400 || (rest == 0x400 && (sticky || (mant & 1))))
        mant++; // may carry to 2^53: the result is then exactly 1.0 * 2^e
    *e = (int64_t)nbits;
    double m = ldexp((double)mant, -53);
    if (m == 1.0) {
        m = 0.5;
        ++*e;
    }
    return w.sign < 0 ? -m : m;
}

int gilt_int_to_double(GiltThread *ts, Value v, double *out) {
    if (IS_INT(v)) {
        *out = (double)AS_INT(v);
        return 0;
    }
    GiltIntView w;
    gilt_int_view(v, &w);
    double r = mag_to_double(w.d, w.n);
    if (isinf(r)) {
        gilt_raise(ts, GILT_EXC_OVERFLOW_ERROR,
                   "int too large to convert to float");
        return -1;
    }
    *out = w.sign < 0 ? -r : r;
    return 0;
}

uint64_t gilt_int_bit_length(Value v) {
    GiltIntView w;
    gilt_int_view(v, &w);
    return gilt_int_mag_bits(w.d, w.n);
}

// ---- comparison and hashing ---------------------------------------------

int gilt_int_mag_cmp(const uint32_t *a, size_t na, const uint32_t *b,
                     size_t nb) {
    if (na != nb)
        return na < nb ? -1 : 1;
    for (size_t i = na; i-- > 0;)
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    return 0;
}

int gilt_int_compare(Value a, Value b) {
    if (BOTH_INT(a, b)) {
        int64_t x = AS_INT(a), y = AS_INT(b);
        return (x > y) - (x < y);
    }
    GiltIntView va, vb;
    gilt_int_view(a, &va);
    gilt_int_view(b, &vb);
    if (va.sign != vb.sign)
        return va.sign < vb.sign ? -1 : 1;
    int c = gilt_int_mag_cmp(va.d, va.n, vb.d, vb.n);
    return va.sign < 0 ? -c : c;
}

// |a| (nbits bits, nbits > 53) against |d| with the same bit length.
static int mag_cmp_double(const uint32_t *a, size_t n, uint64_t nbits,
                          double d) {
    int e;
    double m = frexp(d, &e);
    uint64_t M = (uint64_t)ldexp(m, 53); // |d| = M * 2^(e-53)
    bool sticky;
    uint64_t x = top64(a, n, nbits, &sticky);
    uint64_t top = x >> 11; // a's top 53 bits
    bool rest = sticky || (x & 0x7FF);
    if (top != M)
        return top < M ? -1 : 1;
    if (rest)
        return 1;
    return 0;
}

int gilt_int_compare_double(Value a, double d) {
    if (isnan(d))
        return 2;
    if (IS_INT(a) || IS_BOOL(a)) {
        double x = IS_INT(a) ? (double)AS_INT(a) : (double)(a == VAL_TRUE);
        return (x > d) - (x < d);
    }
    if (isinf(d))
        return d > 0 ? -1 : 1;
    GiltIntView w;
    gilt_int_view(a, &w);
    int dsign = (d > 0) - (d < 0);
    if (w.sign != dsign)
        return w.sign < dsign ? -1 : 1;
    if (w.sign == 0)
        return 0;
    uint64_t nbits = gilt_int_mag_bits(w.d, w.n);
    double ad = fabs(d);
    int e;
    frexp(ad, &e); // ad in [2^(e-1), 2^e): an integer part of e bits
    int c;
    if (nbits <= 53) {
        double x = mag_to_double(w.d, w.n); // exact
        c = (x > ad) - (x < ad);
    } else if ((uint64_t)e != nbits) {
        c = (uint64_t)e < nbits ? 1 : -1;
    } else {
        c = mag_cmp_double(w.d, w.n, nbits, ad);
    }
    return w.sign < 0 ? -c : c;
}

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)

int64_t gilt_int_hash(Value v) {
    if (IS_INT(v)) {
        int64_t i = AS_INT(v); // |i| < 2^47 < modulus
        return i == -1 ? -2 : i;
    }
    GiltIntView w;
    gilt_int_view(v, &w);
    uint64_t x = 0;
    for (size_t i = w.n; i-- > 0;) {
        // x = (x * 2^32 + d) mod (2^61 - 1), rotating within 61 bits.
        x = ((x << 32) & HASH_MODULUS) | (x >> (HASH_BITS - 32));
        x += w.d[i];
        if (x >= HASH_MODULUS)
            x -= HASH_MODULUS;
    }
    int64_t h = w.sign < 0 ? -(int64_t)x : (int64_t)x;
    return h == -1 ? -2 : h;
}
