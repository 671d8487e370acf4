/* int_new.c - int construction: int(x), int(s, base), int subclasses,
 * int.to_bytes / int.from_bytes, and the sys functions for the digit
 * limit.
 */
#include "bigint.h"
#include "bytes.h"
#include "numbers.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

#define ARGS GiltThread *ts, Value *args, int nargs, GiltTuple *kw

// int(text, base) for str, bytes and bytearray; VAL_NOTIMPL (nothing
// raised) for other types.
static Value from_text(GiltThread *ts, Value x, int base) {
    const char *s;
    size_t len;
    GiltBuffer buf;
    if (GILT_IS_SUB(ts, x, GILT_TF_STR_SUB)) {
        s = AS_STR(x)->data;
        len = AS_STR(x)->size;
    } else if (gilt_bytes_buffer(ts, x, &buf)) {
        s = buf.data;
        len = buf.size;
    } else {
        return VAL_NOTIMPL;
    }
    Value r;
    int rc = gilt_int_parse(ts, s, len, base, &r);
    if (rc == 0)
        return r;
    return rc < 0 ? VAL_NULL : gilt_int_invalid_literal(ts, x, base);
}

static Value check_int_result(GiltThread *ts, Value r, const char *what) {
    if (!r || IS_INT(r) || gilt_int_is_big(ts, r))
        return r;
    if (!gilt_int_like(ts, r))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "%s returned non-int (type %T)", what, r);
    return gilt_int_value(ts, r);
}

// __trunc__ fallback (deprecated in CPython, still honoured).
static Value via_trunc(GiltThread *ts, Value x, bool *found) {
    Value r = gilt_call_dunder(ts, x, GILT_NAME(ts, __trunc__), NULL, 0, found);
    if (!*found || !r || IS_INT(r) || gilt_int_like(ts, r))
        return r ? gilt_int_value(ts, r) : r;
    if (!gilt_type_lookup(ts, gilt_typeof(ts, r), GILT_NAME(ts, __index__)))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "__trunc__ returned non-Integral (type %T)", r);
    return gilt_index_value(ts, r);
}

// int(x) with one argument (PyNumber_Long).
Value gilt_int_from_object(GiltThread *ts, Value x) {
    if (IS_INT(x) || gilt_int_is_big(ts, x))
        return x;
    if (IS_BOOL(x))
        return INT_VAL(x == VAL_TRUE);
    if (IS_FLOAT(x))
        return gilt_int_from_double(ts, AS_FLOAT(x));
    bool found;
    Value r = gilt_call_dunder(ts, x, GILT_NAME(ts, __int__), NULL, 0, &found);
    if (found)
        return check_int_result(ts, r, "__int__");
    if (gilt_type_lookup(ts, gilt_typeof(ts, x), GILT_NAME(ts, __index__)))
        return gilt_index_value(ts, x);
    r = via_trunc(ts, x, &found);
    if (found)
        return r;
    r = from_text(ts, x, 10);
    if (r != VAL_NOTIMPL)
        return r;
    return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                      "int() argument must be a string, a bytes-like object "
                      "or a real number, not '%T'",
                      x);
}

static Value from_args(GiltThread *ts, Value x, Value obase) {
    if (!x) {
        if (obase)
            return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                              "int() missing string argument");
        return INT_VAL(0);
    }
    if (!obase)
        return gilt_int_from_object(ts, x);
    Value b = gilt_index_value(ts, obase);
    if (!b)
        return VAL_NULL;
    int64_t base = 0;
    if (gilt_int_to_i64(ts, b, &base) < 0) {
        gilt_exc_clear(ts);
        base = -1; // out of range either way
    }
    if ((base != 0 && base < 2) || base > 36)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                          "int() base must be >= 2 and <= 36, or 0");
    Value r = from_text(ts, x, (int)base);
    if (r == VAL_NOTIMPL)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "int() can't convert non-string with explicit base");
    return r;
}

// An instance of int subclass [cls] holding the int value [v].
static Value subclass_instance(GiltThread *ts, GiltType *cls, Value v) {
    GiltIntView w;
    gilt_int_view(v, &w);
    GiltBigInt *b = gilt_alloc_instance(ts, cls,
                                        GILT_INT_HEADER + w.n * sizeof(uint32_t));
    if (!b)
        return VAL_NULL;
    memcpy(b->digits, w.d, w.n * sizeof(uint32_t));
    b->size = w.sign < 0 ? -(int64_t)w.n : (int64_t)w.n;
    return OBJ_VAL(b);
}

Value gilt_int_new_m(ARGS) {
    static const char *const names[] = {"x", "/base", NULL};
    Value a[2];
    if (args[0] != OBJ_VAL(GILT_TYPE(ts, INT)) &&
        gilt_number_check_new(ts, args[0], GILT_TYPE(ts, INT)) < 0)
        return VAL_NULL;
    if (gilt_parse_args(ts, "int", args + 1, nargs - 1, kw, names, 0, a) < 0)
        return VAL_NULL;
    Value v = from_args(ts, a[0], a[1]);
    GiltType *cls = AS_TYPE(args[0]);
    if (!v || cls == GILT_TYPE(ts, INT))
        return v;
    return subclass_instance(ts, cls, v);
}

// ---- bytes --------------------------------------------------------------------------

// byteorder argument: 1 for little, 0 for big, -1 on error.
static int byteorder(GiltThread *ts, Value v, const char *fname) {
    if (!v)
        return 0;
    if (!GILT_IS_SUB(ts, v, GILT_TF_STR_SUB)) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "%s() argument 'byteorder' must be str, not %T", fname, v);
        return -1;
    }
    if (gilt_str_eq_cstr(AS_STR(v), "little"))
        return 1;
    if (gilt_str_eq_cstr(AS_STR(v), "big"))
        return 0;
    gilt_raise(ts, GILT_EXC_VALUE_ERROR,
               "byteorder must be either 'little' or 'big'");
    return -1;
}

static int too_many_positional(GiltThread *ts, const char *fname, int nargs) {
    gilt_raise(ts, GILT_EXC_TYPE_ERROR,
               "%s() takes at most 2 positional arguments (%d given)", fname,
               nargs);
    return -1;
}

// Does v fit [len] bytes (two's complement when [sig])? Raises if not.
static int check_fits(GiltThread *ts, const GiltIntView *w, int64_t len,
                      bool sig) {
    if (sig && len == 0 && w->sign < 0 && w->n == 1 && w->d[0] == 1)
        return 0; // CPython lets -1 through as zero bytes of sign bits
    if (w->sign < 0 && !sig) {
        gilt_raise(ts, GILT_EXC_OVERFLOW_ERROR,
                   "can't convert negative int to unsigned");
        return -1;
    }
    uint64_t bits = gilt_int_mag_bits(w->d, w->n);
    if (w->sign < 0) {
        // -2^(k-1) fits k bits: a power of two needs one bit less.
        bool pow2 = true;
        for (size_t i = 0; i + 1 < w->n && pow2; i++)
            pow2 = w->d[i] == 0;
        pow2 = pow2 && (w->d[w->n - 1] & (w->d[w->n - 1] - 1)) == 0;
        bits = pow2 ? bits - 1 : bits;
    }
    if (sig && w->sign != 0)
        bits++;
    if (bits > (uint64_t)len * 8) {
        gilt_raise(ts, GILT_EXC_OVERFLOW_ERROR, "int too big to convert");
        return -1;
    }
    return 0;
}

Value gilt_int_to_bytes_m(ARGS) {
    static const char *const names[] = {"length", "byteorder", "$signed", NULL};
    Value a[3];
    if (nargs - 1 > 2)
        return too_many_positional(ts, "to_bytes", nargs - 1), VAL_NULL;
    if (gilt_parse_args(ts, "to_bytes", args + 1, nargs - 1, kw, names, 0, a) < 0)
        return VAL_NULL;
    int64_t len = 1;
    if (a[0] && gilt_index(ts, a[0], &len) < 0)
        return VAL_NULL;
    if (len < 0)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                          "length argument must be non-negative");
    int little = byteorder(ts, a[1], "to_bytes");
    int sig = a[2] ? gilt_truthy(ts, a[2]) : 0;
    if (little < 0 || sig < 0)
        return VAL_NULL;
    GiltIntView w;
    gilt_int_view(args[0], &w);
    if (check_fits(ts, &w, len, sig) < 0)
        return VAL_NULL;
    GiltBytes *b = gilt_bytes_alloc(ts, (size_t)len);
    if (!b)
        return VAL_NULL;
    uint64_t carry = 1;
    for (int64_t i = 0; i < len; i++) {
        size_t di = (size_t)i / 4;
        uint32_t m = di < w.n ? w.d[di] : 0;
        uint32_t byte = (m >> (8 * (i % 4))) & 0xFF;
        if (w.sign < 0) { // two's complement, byte by byte
            uint64_t t = (uint64_t)(~byte & 0xFF) + carry;
            carry = t >> 8;
            byte = (uint32_t)t & 0xFF;
        }
        b->data[little ? i : len - 1 - i] = (char)byte;
    }
    b->data[len] = 0;
    return OBJ_VAL(b);
}

static Value mag_from_bytes(GiltThread *ts, const unsigned char *p, size_t n,
                            bool little, bool sig) {
    GiltBigInt *r = gilt_int_alloc(ts, n / 4 + 1);
    if (!r)
        return VAL_NULL;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = little ? p[i] : p[n - 1 - i];
        r->digits[i / 4] |= (uint32_t)c << (8 * (i % 4));
    }
    Value v = gilt_int_finish(r, 1);
    bool neg = sig && n && (little ? p[n - 1] : p[0]) & 0x80;
    if (!neg)
        return v;
    Value m = gilt_int_shift_n(ts, INT_VAL(1), (uint64_t)n * 8, true);
    return m ? gilt_int_sub(ts, v, m) : VAL_NULL;
}

Value gilt_int_from_bytes_m(ARGS) {
    static const char *const names[] = {"bytes", "byteorder", "$signed", NULL};
    Value a[3];
    if (nargs - 1 > 2)
        return too_many_positional(ts, "from_bytes", nargs - 1), VAL_NULL;
    if (gilt_parse_args(ts, "from_bytes", args + 1, nargs - 1, kw, names, 1, a) < 0)
        return VAL_NULL;
    int little = byteorder(ts, a[1], "from_bytes");
    int sig = a[2] ? gilt_truthy(ts, a[2]) : 0;
    if (little < 0 || sig < 0)
        return VAL_NULL;
    Value data = a[0];
    GiltBuffer buf;
    if (!gilt_bytes_buffer(ts, data, &buf)) {
        if (GILT_IS_SUB(ts, data, GILT_TF_STR_SUB) || gilt_int_like(ts, data))
            return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                              "cannot convert '%T' object to bytes", data);
        if (!(data = gilt_bytes_from_object(ts, data)))
            return VAL_NULL;
        gilt_bytes_buffer(ts, data, &buf);
    }
    Value v = mag_from_bytes(ts, (const unsigned char *)buf.data, buf.size,
                             little, sig);
    if (!v || AS_TYPE(args[0]) == GILT_TYPE(ts, INT))
        return v;
    return gilt_call1(ts, args[0], v);
}

// ---- sys -------------------------------------------------------------------------

static Value sys_set_max_digits(ARGS) {
    static const char *const names[] = {"maxdigits", NULL};
    Value a[1];
    if (gilt_parse_args(ts, "set_int_max_str_digits", args, nargs, kw, names,
                        1, a) < 0)
        return VAL_NULL;
    int64_t n;
    if (gilt_index(ts, a[0], &n) < 0)
        return VAL_NULL;
    if (n != 0 && (n < GILT_INT_MAX_STR_DIGITS_THRESHOLD || n > INT32_MAX))
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                          "maxdigits must be 0 or larger than %d",
                          GILT_INT_MAX_STR_DIGITS_THRESHOLD);
    ts->vm->int_max_str_digits = (int)n;
    return VAL_NONE;
}

static Value sys_get_max_digits(ARGS) {
    return INT_VAL(ts->vm->int_max_str_digits);
}

const GiltMethodDef gilt_int_sys_functions[] = {
    {"set_int_max_str_digits", sys_set_max_digits, 0, 1, GILT_M_KW},
    {"get_int_max_str_digits", sys_get_max_digits, 0, 0, 0},
    {NULL}};
