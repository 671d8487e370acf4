/* int_type.c - The int type as Python sees it: dunders, methods,
 * attributes, and int(x) / int(s, base).
 *
 * self (args[0]) may be a small int, a bool, a big int or an instance of
 * an int subclass; every method reads it through a view (bigint.h) or
 * gilt_int_value(), so all four behave alike.
 */
#include "bigint.h"
#include "bytes.h"
#include "float.h"
#include "format.h"
#include "numbers.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

#define ARGS GiltThread *ts, Value *args, int nargs, GiltTuple *kw

// ---- arithmetic dunders --------------------------------------------------------

#define BINOP(fname, op)                                                        \
    static Value fname(ARGS) {                                                  \
        return gilt_int_binop(ts, args[0], args[1], op);                        \
    }                                                                           \
    static Value fname##_r(ARGS) {                                              \
        return gilt_int_binop(ts, args[1], args[0], op);                        \
    }
BINOP(int_add, GILT_OP_ADD)
BINOP(int_sub, GILT_OP_SUB)
BINOP(int_mul, GILT_OP_MUL)
BINOP(int_truediv, GILT_OP_TRUEDIV)
BINOP(int_floordiv, GILT_OP_FLOORDIV)
BINOP(int_mod, GILT_OP_MOD)
BINOP(int_lshift, GILT_OP_LSHIFT)
BINOP(int_rshift, GILT_OP_RSHIFT)
BINOP(int_and, GILT_OP_AND)
BINOP(int_or, GILT_OP_OR)
BINOP(int_xor, GILT_OP_XOR)
#undef BINOP

static Value pow3(GiltThread *ts, Value a, Value b, Value m) {
    if (!m || m == VAL_NONE)
        return gilt_int_binop(ts, a, b, GILT_OP_POW);
    return gilt_int_powmod(ts, a, b, m);
}

static Value int_pow(ARGS) {
    return pow3(ts, args[0], args[1], nargs > 2 ? args[2] : VAL_NULL);
}

static Value int_pow_r(ARGS) {
    return pow3(ts, args[1], args[0], nargs > 2 ? args[2] : VAL_NULL);
}

static Value divmod_pair(GiltThread *ts, Value a, Value b) {
    if (!gilt_int_like(ts, a) || !gilt_int_like(ts, b))
        return VAL_NOTIMPL;
    Value q, r;
    if (gilt_int_divmod(ts, gilt_int_value(ts, a), gilt_int_value(ts, b), &q,
                        &r, GILT_OP_FLOORDIV) < 0)
        return VAL_NULL;
    return gilt_tuple_pack(ts, 2, q, r);
}

static Value int_divmod(ARGS) {
    return divmod_pair(ts, args[0], args[1]);
}

static Value int_divmod_r(ARGS) {
    return divmod_pair(ts, args[1], args[0]);
}

static Value int_neg(ARGS) {
    return gilt_int_neg(ts, args[0]);
}

static Value int_pos(ARGS) {
    return gilt_int_value(ts, args[0]);
}

static Value int_abs(ARGS) {
    return gilt_int_abs(ts, gilt_int_value(ts, args[0]));
}

static Value int_invert(ARGS) {
    Value v = gilt_int_value(ts, args[0]);
    return v ? gilt_int_invert(ts, v) : VAL_NULL;
}

static Value int_bool(ARGS) {
    return BOOL_VAL(gilt_int_sign(args[0]) != 0);
}

static Value int_self(ARGS) {
    return gilt_int_value(ts, args[0]);
}

static Value int_float(ARGS) {
    double d;
    return gilt_int_to_double(ts, args[0], &d) < 0 ? VAL_NULL : FLOAT_VAL(d);
}

// ---- comparison, hash, repr ---------------------------------------------------

static Value int_cmp(GiltThread *ts, Value *args, GiltCompareOp op) {
    if (!gilt_int_like(ts, args[1]))
        return VAL_NOTIMPL;
    int c = gilt_int_compare(args[0], args[1]); // views read bools too
    static const int8_t want[6][3] = {{1, 0, 0}, {1, 1, 0}, {0, 1, 0},
                                      {1, 0, 1}, {0, 0, 1}, {0, 1, 1}};
    return BOOL_VAL(want[op][c + 1]);
}

#define CMP(fname, op)                                                          \
    static Value fname(ARGS) {                                                  \
        return int_cmp(ts, args, op);                                           \
    }
CMP(int_lt, GILT_LT)
CMP(int_le, GILT_LE)
CMP(int_eq, GILT_EQ)
CMP(int_ne, GILT_NE)
CMP(int_gt, GILT_GT)
CMP(int_ge, GILT_GE)
#undef CMP

static Value int_hash(ARGS) {
    return gilt_int_from_i64(ts, gilt_int_hash(args[0]));
}

static Value int_repr(ARGS) {
    return gilt_int_to_str(ts, args[0]);
}

static Value int_format(ARGS) {
    if (!GILT_IS_SUB(ts, args[1], GILT_TF_STR_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "__format__() argument must be str, not %T", args[1]);
    return gilt_int_format(ts, args[0], AS_STR(args[1]));
}

static Value int_sizeof(ARGS) {
    uint64_t bits = gilt_int_bit_length(args[0]);
    uint64_t n = (bits + 29) / 30;
    return INT_VAL((int64_t)(24 + 4 * (n ? n : 1)));
}

static Value int_getnewargs(ARGS) {
    Value v = gilt_int_value(ts, args[0]);
    return v ? gilt_tuple_pack(ts, 1, v) : VAL_NULL;
}

// ---- rounding -----------------------------------------------------------------

// round(self, ndigits) for ndigits < 0: to a multiple of 10^-ndigits,
// halves to even.
static Value round_negative(GiltThread *ts, Value self, Value ndigits) {
    Value n = gilt_int_neg(ts, ndigits);
    Value p = n ? gilt_int_pow(ts, INT_VAL(10), n) : VAL_NULL;
    Value q, r;
    if (!p || gilt_int_divmod(ts, self, p, &q, &r, GILT_OP_FLOORDIV) < 0)
        return VAL_NULL;
    Value twice = gilt_int_shift_n(ts, r, 1, true);
    if (!twice)
        return VAL_NULL;
    int c = gilt_int_compare(twice, p);
    if (c > 0 || (c == 0 && gilt_int_bitop(ts, q, INT_VAL(1), GILT_OP_AND) ==
                                INT_VAL(1)))
        q = gilt_int_add(ts, q, INT_VAL(1));
    return q ? gilt_int_mul(ts, q, p) : VAL_NULL;
}

static Value int_round(ARGS) {
    if (nargs < 2)
        return gilt_int_value(ts, args[0]);
    // ndigits first: its __index__ may collect, and self's plain value
    // (a fresh object for subclasses) is not rooted.
    Value nd = gilt_index_value(ts, args[1]);
    if (!nd)
        return VAL_NULL;
    Value self = gilt_int_value(ts, args[0]);
    if (!self || gilt_int_sign(nd) >= 0)
        return self;
    return round_negative(ts, self, nd);
}

// ---- methods ----------------------------------------------------------------------

static Value int_bit_length(ARGS) {
    return gilt_int_from_u64(ts, gilt_int_bit_length(args[0]));
}

static Value int_bit_count(ARGS) {
    GiltIntView w;
    gilt_int_view(args[0], &w);
    uint64_t n = 0;
    for (size_t i = 0; i < w.n; i++)
        n += (uint64_t)__builtin_popcount(w.d[i]);
    return gilt_int_from_u64(ts, n);
}

static Value int_as_integer_ratio(ARGS) {
    Value v = gilt_int_value(ts, args[0]);
    return v ? gilt_tuple_pack(ts, 2, v, INT_VAL(1)) : VAL_NULL;
}

static Value get_self(GiltThread *ts, Value self) {
    return gilt_int_value(ts, self);
}

static Value get_zero(GiltThread *ts, Value self) {
    return INT_VAL(0);
}

static Value get_one(GiltThread *ts, Value self) {
    return INT_VAL(1);
}

static const GiltMethodDef int_methods[] = {
    {"__new__", gilt_int_new_m, 0, -1, GILT_M_STATIC | GILT_M_KW},
    {"__repr__", int_repr, 0, 0, 0},
    {"__hash__", int_hash, 0, 0, 0},
    {"__format__", int_format, 1, 1, 0},
    {"__bool__", int_bool, 0, 0, 0},
    {"__index__", int_self, 0, 0, 0},
    {"__int__", int_self, 0, 0, 0},
    {"__trunc__", int_self, 0, 0, 0},
    {"__floor__", int_self, 0, 0, 0},
    {"__ceil__", int_self, 0, 0, 0},
    {"__float__", int_float, 0, 0, 0},
    {"__round__", int_round, 0, 1, 0},
    {"__sizeof__", int_sizeof, 0, 0, 0},
    {"__getnewargs__", int_getnewargs, 0, 0, 0},
    {"__eq__", int_eq, 1, 1, 0},
    {"__ne__", int_ne, 1, 1, 0},
    {"__lt__", int_lt, 1, 1, 0},
    {"__le__", int_le, 1, 1, 0},
    {"__gt__", int_gt, 1, 1, 0},
    {"__ge__", int_ge, 1, 1, 0},
    {"__add__", int_add, 1, 1, 0},
    {"__radd__", int_add_r, 1, 1, 0},
    {"__sub__", int_sub, 1, 1, 0},
    {"__rsub__", int_sub_r, 1, 1, 0},
    {"__mul__", int_mul, 1, 1, 0},
    {"__rmul__", int_mul_r, 1, 1, 0},
    {"__truediv__", int_truediv, 1, 1, 0},
    {"__rtruediv__", int_truediv_r, 1, 1, 0},
    {"__floordiv__", int_floordiv, 1, 1, 0},
    {"__rfloordiv__", int_floordiv_r, 1, 1, 0},
    {"__mod__", int_mod, 1, 1, 0},
    {"__rmod__", int_mod_r, 1, 1, 0},
    {"__divmod__", int_divmod, 1, 1, 0},
    {"__rdivmod__", int_divmod_r, 1, 1, 0},
    {"__pow__", int_pow, 1, 2, 0},
    {"__rpow__", int_pow_r, 1, 2, 0},
    {"__lshift__", int_lshift, 1, 1, 0},
    {"__rlshift__", int_lshift_r, 1, 1, 0},
    {"__rshift__", int_rshift, 1, 1, 0},
    {"__rrshift__", int_rshift_r, 1, 1, 0},
    {"__and__", int_and, 1, 1, 0},
    {"__rand__", int_and_r, 1, 1, 0},
    {"__or__", int_or, 1, 1, 0},
    {"__ror__", int_or_r, 1, 1, 0},
    {"__xor__", int_xor, 1, 1, 0},
    {"__rxor__", int_xor_r, 1, 1, 0},
    {"__neg__", int_neg, 0, 0, 0},
    {"__pos__", int_pos, 0, 0, 0},
    {"__abs__", int_abs, 0, 0, 0},
    {"__invert__", int_invert, 0, 0, 0},
    {"bit_length", int_bit_length, 0, 0, 0},
    {"bit_count", int_bit_count, 0, 0, 0},
    {"as_integer_ratio", int_as_integer_ratio, 0, 0, 0},
    {"conjugate", int_self, 0, 0, 0},
    {"to_bytes", gilt_int_to_bytes_m, 0, -1, GILT_M_KW},
    {"from_bytes", gilt_int_from_bytes_m, 0, -1, GILT_M_KW | GILT_M_CLASS},
    {NULL}};

static const GiltGetSetDef int_getsets[] = {
    {"real", get_self, NULL},
    {"imag", get_zero, NULL},
    {"numerator", get_self, NULL},
    {"denominator", get_one, NULL},
    {NULL}};

static size_t int_varsize(GiltObject *o) {
    int64_t n = ((GiltBigInt *)o)->size;
    return GILT_INT_HEADER + (size_t)(n < 0 ? -n : n) * sizeof(uint32_t);
}

int gilt_int_init_types(GiltThread *ts) {
    static const GiltTypeSpec spec = {
        .name = "int",
        .doc = "int([x]) -> integer\nint(x, base=10) -> integer",
        .basicsize = GILT_INT_HEADER,
        .flags = GILT_TF_BASETYPE | GILT_TF_INT_SUB,
        .varsize = int_varsize,
        .methods = int_methods,
        .getsets = int_getsets,
    };
    ts->vm->int_max_str_digits = GILT_INT_MAX_STR_DIGITS;
    if (!gilt_type_from_spec(ts, &spec, GILT_T_INT))
        return -1;
    return gilt_bool_init_types(ts);
}
