/* float.c - float arithmetic with Python's semantics: conversions to
 * double, the binary operators (floor division and modulo follow the
 * divisor's sign, CPython's pow special cases), hashing, rounding.
 *
 * Floats are unboxed Values; instances of float subclasses are
 * GiltFloatObjects (float.h). The methods are in float_type.c, text in
 * float_str.c and float_format.c.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "bigint.h"
#include "float.h"
#include "numbers.h"
#include "str.h"
#include "tuple.h"

// ---- conversions ----------------------------------------------------------------

int gilt_to_double(GiltThread *ts, Value v, double *out) {
    if (IS_FLOAT(v)) {
        *out = AS_FLOAT(v);
        return 0;
    }
    if (IS_INT(v)) {
        *out = (double)AS_INT(v);
        return 0;
    }
    if (gilt_int_like(ts, v))
        return gilt_int_to_double(ts, v, out);
    if (GILT_IS_SUB(ts, v, GILT_TF_FLOAT_SUB)) {
        *out = ((GiltFloatObject *)AS_OBJ(v))->value;
        return 0;
    }
    bool found;
    Value r = gilt_call_dunder(ts, v, GILT_NAME(ts, __float__), NULL, 0, &found);
    if (found) {
        if (!r)
            return -1;
        if (IS_FLOAT(r) || GILT_IS_SUB(ts, r, GILT_TF_FLOAT_SUB))
            return gilt_to_double(ts, r, out);
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "%T.__float__ returned non-float (type %T)", v, r);
        return -1;
    }
    if (gilt_type_lookup(ts, gilt_typeof(ts, v), GILT_NAME(ts, __index__))) {
        Value i = gilt_index_value(ts, v);
        return i ? gilt_int_to_double(ts, i, out) : -1;
    }
    gilt_raise(ts, GILT_EXC_TYPE_ERROR, "must be real number, not %T", v);
    return -1;
}

// ---- hashing ---------------------------------------------------------------------

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)
#define HASH_INF 314159

int64_t gilt_float_hash(double v) {
    if (!isfinite(v))
        // NaNs hash by identity in CPython; unboxed NaNs have none.
        return isinf(v) ? (v > 0 ? HASH_INF : -HASH_INF) : 0;
    int e, sign = 1;
    double m = frexp(v, &e);
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0; // 2**28
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS)
            x -= HASH_MODULUS;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
}

// ---- arithmetic ---------------------------------------------------------------------

double gilt_float_mod(double a, double b) {
    double mod = fmod(a, b);
    if (mod) {
        if ((b < 0) != (mod < 0))
            mod += b;
    } else {
        mod = copysign(0.0, b);
    }
    return mod;
}

// CPython's float_divmod: the floor quotient snapped to an integral value.
static double floor_quotient(double a, double b, double *modp) {
    double mod = fmod(a, b), div = (a - mod) / b, fd;
    if (mod) {
        if ((b < 0) != (mod < 0)) {
            mod += b;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, b);
    }
    if (div) {
        fd = floor(div);
        if (div - fd > 0.5)
            fd += 1.0;
    } else {
        fd = copysign(0.0, a / b);
    }
    if (modp)
        *modp = mod;
    return fd;
}

double gilt_float_floordiv(double a, double b) {
    return floor_quotient(a, b, NULL);
}

static bool is_odd_integer(double w) {
    return fmod(fabs(w), 2.0) == 1.0;
}

static Value pow_range_error(GiltThread *ts) {
    // CPython's PyErr_SetFromErrno(OverflowError): args (errno, strerror).
    Value msg = gilt_str_from_cstr(ts, strerror(ERANGE));
    Value args = msg ? gilt_tuple_pack(ts, 2, INT_VAL(ERANGE), msg) : VAL_NULL;
    GiltException *e = args ? gilt_exc_new(ts, gilt_exc_type(ts, GILT_EXC_OVERFLOW_ERROR), args)
                            : NULL;
    return e ? gilt_raise_obj(ts, OBJ_VAL(e)) : VAL_NULL;
}

// Special cases of a ** b for a non-finite or zero operand, as CPython
// sorts them out; VAL_NULL (nothing raised) when none applies.
static Value pow_special(GiltThread *ts, double a, double b) {
    if (b == 0)
        return FLOAT_VAL(1.0);
    if (isnan(a))
        return FLOAT_VAL(a);
    if (isnan(b))
        return FLOAT_VAL(a == 1.0 ? 1.0 : b);
    if (isinf(b)) {
        double aa = fabs(a);
        if (aa == 1.0)
            return FLOAT_VAL(1.0);
        return FLOAT_VAL((b > 0.0) == (aa > 1.0) ? fabs(b) : 0.0);
    }
    if (isinf(a)) {
        bool odd = is_odd_integer(b);
        if (b > 0.0)
            return FLOAT_VAL(odd ? a : fabs(a));
        return FLOAT_VAL(odd ? copysign(0.0, a) : 0.0);
    }
    if (a == 0.0) {
        if (b < 0.0)
            return gilt_raise(ts, GILT_EXC_ZERO_DIVISION_ERROR,
                              "0.0 cannot be raised to a negative power");
        return FLOAT_VAL(is_odd_integer(b) ? a : 0.0);
    }
    return VAL_NULL;
}

Value gilt_float_pow(GiltThread *ts, double a, double b) {
    Value r = pow_special(ts, a, b);
    if (r || ts->exc)
        return r;
    bool negate = false;
    if (a < 0.0) {
        if (b != floor(b)) // negative base, fractional power: complex
            return gilt_complex_pow(ts, a, 0.0, b, 0.0);
        a = -a;
        negate = is_odd_integer(b);
    }
    if (a == 1.0)
        return FLOAT_VAL(negate ? -1.0 : 1.0);
    errno = 0;
    double x = pow(a, b);
    if (isinf(x))
        return pow_range_error(ts);
    return FLOAT_VAL(negate ? -x : x);
}

// The double of an int or float operand: 1, 0 for other types (nothing
// raised), -1 on error.
GILT_INLINE int operand(GiltThread *ts, Value v, double *out) {
    if (IS_FLOAT(v)) {
        *out = AS_FLOAT(v);
        return 1;
    }
    if (IS_INT(v)) {
        *out = (double)AS_INT(v);
        return 1;
    }
    if (GILT_IS_SUB(ts, v, GILT_TF_FLOAT_SUB)) {
        *out = ((GiltFloatObject *)AS_OBJ(v))->value;
        return 1;
    }
    if (gilt_int_like(ts, v))
        return gilt_int_to_double(ts, v, out) < 0 ? -1 : 1;
    return 0;
}

static Value zero_div(GiltThread *ts, const char *what) {
    return gilt_raise(ts, GILT_EXC_ZERO_DIVISION_ERROR, "%s", what);
}

Value gilt_float_binop(GiltThread *ts, Value a, Value b, int op) {
    double x, y;
    int ka = operand(ts, a, &x);
    if (ka <= 0)
        return ka < 0 ? VAL_NULL : VAL_NOTIMPL;
    int kb = operand(ts, b, &y);
    if (kb <= 0)
        return kb < 0 ? VAL_NULL : VAL_NOTIMPL;
    switch (op) {
    case GILT_OP_ADD:
        return FLOAT_VAL(x + y);
    case GILT_OP_SUB:
        return FLOAT_VAL(x - y);
    case GILT_OP_MUL:
        return FLOAT_VAL(x * y);
    case GILT_OP_TRUEDIV:
        return y == 0.0 ? zero_div(ts, "float division by zero")
                        : FLOAT_VAL(x / y);
    case GILT_OP_FLOORDIV:
        return y == 0.0 ? zero_div(ts, "float floor division by zero")
                        : FLOAT_VAL(floor_quotient(x, y, NULL));
    case GILT_OP_MOD:
        return y == 0.0 ? zero_div(ts, "float modulo")
                        : FLOAT_VAL(gilt_float_mod(x, y));
    case GILT_OP_POW:
        return gilt_float_pow(ts, x, y);
    default:
        return VAL_NOTIMPL;
    }
}

// divmod(a, b) for float operands: a tuple, VAL_NOTIMPL, or VAL_NULL.
Value gilt_float_divmod(GiltThread *ts, Value a, Value b) {
    double x, y, mod;
    int ka = operand(ts, a, &x);
    int kb = ka > 0 ? operand(ts, b, &y) : 0;
    if (ka < 0 || kb < 0)
        return VAL_NULL;
    if (!ka || !kb)
        return VAL_NOTIMPL;
    if (y == 0.0)
        return zero_div(ts, "float divmod()");
    double q = floor_quotient(x, y, &mod);
    return gilt_tuple_pack(ts, 2, FLOAT_VAL(q), FLOAT_VAL(mod));
}

// ---- rounding ---------------------------------------------------------------------

// round(x) to an int, halves to even.
static Value round_to_int(GiltThread *ts, double x) {
    double r = round(x);
    if (fabs(x - r) == 0.5)
        r = 2.0 * round(x / 2.0);
    return gilt_int_from_double(ts, r);
}

// round(x, n) for n < 0, exactly: x = N / 2^s; q = round(N / (2^s 10^k))
// halves to even; the result q * 10^k correctly rounded to a double.
static Value round_negative(GiltThread *ts, double x, int64_t k) {
    int e;
    double m = frexp(x, &e); // x = m * 2^e, |m| in [0.5, 1)
    Value n = gilt_int_from_double(ts, ldexp(m, 53)); // x = n * 2^(e-53)
    Value p = n ? gilt_int_pow(ts, INT_VAL(10), gilt_int_from_i64(ts, k)) : n;
    if (!p)
        return VAL_NULL;
    int shift = e - 53;
    Value num = shift > 0 ? gilt_int_shift_n(ts, n, (uint64_t)shift, true) : n;
    Value den = shift < 0 ? gilt_int_shift_n(ts, p, (uint64_t)-shift, true) : p;
    Value q, r;
    if (!num || !den || gilt_int_divmod(ts, num, den, &q, &r, GILT_OP_FLOORDIV) < 0)
        return VAL_NULL;
    Value twice = gilt_int_shift_n(ts, r, 1, true);
    if (!twice)
        return VAL_NULL;
    int c = gilt_int_compare(twice, den);
    bool odd = gilt_int_bitop(ts, q, INT_VAL(1), GILT_OP_AND) == INT_VAL(1);
    if ((c > 0 || (c == 0 && odd)) && !(q = gilt_int_add(ts, q, INT_VAL(1))))
        return VAL_NULL;
    Value y = gilt_int_mul(ts, q, p);
    double out;
    if (!y || gilt_int_to_double(ts, y, &out) < 0) {
        if (!y)
            return VAL_NULL;
        gilt_exc_clear(ts);
        return gilt_raise(ts, GILT_EXC_OVERFLOW_ERROR,
                          "rounded value too large to represent");
    }
    return FLOAT_VAL(out == 0.0 ? copysign(0.0, x) : out);
}

Value gilt_float_round(GiltThread *ts, double x, Value ndigits) {
    if (!ndigits || ndigits == VAL_NONE)
        return round_to_int(ts, x);
    int64_t n;
    if (gilt_index(ts, ndigits, &n) < 0) {
        if (!gilt_exc_matches(ts, GILT_EXC_INDEX_ERROR))
            return VAL_NULL;
        gilt_exc_clear(ts); // out of any useful range
        n = gilt_int_sign(gilt_index_value(ts, ndigits)) < 0 ? -400 : 400;
    }
    if (!isfinite(x) || x == 0.0 || n > 323)
        return FLOAT_VAL(x);
    if (n < -308)
        return FLOAT_VAL(0.0 * x);
    if (n < 0)
        return round_negative(ts, x, -n);
    // printf's %f rounds the exact binary value correctly, halves to even.
    char stack[400];
    size_t size = (size_t)n + 340;
    char *buf = size <= sizeof stack ? stack : gilt_mem_realloc(ts, NULL, 0, size);
    if (!buf)
        return VAL_NULL;
    snprintf(buf, size, "%.*f", (int)n, x);
    double r = strtod(buf, NULL);
    if (buf != stack)
        gilt_mem_free(ts->vm, buf, size);
    return FLOAT_VAL(r);
}
