/* float_type.c - The float type as Python sees it: dunders, methods,
 * attributes, float(x), and float subclasses (heap GiltFloatObjects).
 */
#include <math.h>

#include "bigint.h"
#include "bytes.h"
#include "float.h"
#include "format.h"
#include "numbers.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

#define ARGS GiltThread *ts, Value *args, int nargs, GiltTuple *kw

// The double of self (a float or a float subclass instance).
GILT_INLINE double self_value(Value v) {
    return IS_FLOAT(v) ? AS_FLOAT(v) : ((GiltFloatObject *)AS_OBJ(v))->value;
}

#define SELF self_value(args[0])

// ---- arithmetic ---------------------------------------------------------------

#define BINOP(fname, op)                                                        \
    static Value fname(ARGS) {                                                  \
        return gilt_float_binop(ts, FLOAT_VAL(SELF), args[1], op);              \
    }                                                                           \
    static Value fname##_r(ARGS) {                                              \
        return gilt_float_binop(ts, args[1], FLOAT_VAL(SELF), op);              \
    }
BINOP(float_add, GILT_OP_ADD)
BINOP(float_sub, GILT_OP_SUB)
BINOP(float_mul, GILT_OP_MUL)
BINOP(float_truediv, GILT_OP_TRUEDIV)
BINOP(float_floordiv, GILT_OP_FLOORDIV)
BINOP(float_mod, GILT_OP_MOD)
#undef BINOP

static Value float_divmod(ARGS) {
    return gilt_float_divmod(ts, FLOAT_VAL(SELF), args[1]);
}

static Value float_divmod_r(ARGS) {
    return gilt_float_divmod(ts, args[1], FLOAT_VAL(SELF));
}

static Value pow_checked(GiltThread *ts, Value a, Value b, Value *args,
                         int nargs) {
    if (nargs > 2 && args[2] != VAL_NONE)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "pow() 3rd argument not allowed unless all "
                          "arguments are integers");
    return gilt_float_binop(ts, a, b, GILT_OP_POW);
}

static Value float_pow(ARGS) {
    return pow_checked(ts, FLOAT_VAL(SELF), args[1], args, nargs);
}

static Value float_pow_r(ARGS) {
    return pow_checked(ts, args[1], FLOAT_VAL(SELF), args, nargs);
}

static Value float_neg(ARGS) {
    return FLOAT_VAL(-SELF);
}

static Value float_pos(ARGS) {
    return FLOAT_VAL(SELF);
}

static Value float_abs(ARGS) {
    return FLOAT_VAL(fabs(SELF));
}

static Value float_bool(ARGS) {
    return BOOL_VAL(SELF != 0.0);
}

// ---- comparison ----------------------------------------------------------------

static Value float_cmp(GiltThread *ts, Value *args, GiltCompareOp op) {
    double x = SELF, y;
    Value o = args[1];
    int c;
    if (IS_FLOAT(o) || GILT_IS_SUB(ts, o, GILT_TF_FLOAT_SUB)) {
        y = self_value(o);
        if (isnan(x) || isnan(y))
            return BOOL_VAL(op == GILT_NE);
        c = (x > y) - (x < y);
    } else if (gilt_int_like(ts, o)) {
        c = gilt_int_compare_double(o, x);
        if (c == 2)
            return BOOL_VAL(op == GILT_NE);
        c = -c;
    } else {
        return VAL_NOTIMPL;
    }
    static const int8_t want[6][3] = {{1, 0, 0}, {1, 1, 0}, {0, 1, 0},
                                      {1, 0, 1}, {0, 0, 1}, {0, 1, 1}};
    return BOOL_VAL(want[op][c + 1]);
}

#define CMP(fname, op)                                                          \
    static Value fname(ARGS) {                                                  \
        return float_cmp(ts, args, op);                                         \
    }
CMP(float_lt, GILT_LT)
CMP(float_le, GILT_LE)
CMP(float_eq, GILT_EQ)
CMP(float_ne, GILT_NE)
CMP(float_gt, GILT_GT)
CMP(float_ge, GILT_GE)
#undef CMP

// ---- conversions ----------------------------------------------------------------

static Value float_hash(ARGS) {
    return gilt_int_from_i64(ts, gilt_float_hash(SELF));
}

static Value float_repr(ARGS) {
    return gilt_float_repr(ts, SELF);
}

static Value float_format(ARGS) {
    if (!GILT_IS_SUB(ts, args[1], GILT_TF_STR_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "__format__() argument must be str, not %T", args[1]);
    if (AS_STR(args[1])->size == 0)
        return gilt_str(ts, args[0]);
    return gilt_float_format_typed(ts, SELF, AS_STR(args[1]),
                                   gilt_type_name(ts, args[0]));
}

static Value float_int(ARGS) {
    return gilt_int_from_double(ts, SELF);
}

static Value float_floor(ARGS) {
    return gilt_int_from_double(ts, floor(SELF));
}

static Value float_ceil(ARGS) {
    return gilt_int_from_double(ts, ceil(SELF));
}

static Value float_round(ARGS) {
    return gilt_float_round(ts, SELF, nargs > 1 ? args[1] : VAL_NULL);
}

static Value float_getnewargs(ARGS) {
    return gilt_tuple_pack(ts, 1, FLOAT_VAL(SELF));
}

static Value float_as_integer_ratio(ARGS) {
    double x = SELF;
    if (isinf(x))
        return gilt_raise(ts, GILT_EXC_OVERFLOW_ERROR,
                          "cannot convert Infinity to integer ratio");
    if (isnan(x))
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                          "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(x, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    Value num = gilt_int_from_double(ts, m), den = INT_VAL(1);
    if (num && e > 0)
        num = gilt_int_shift_n(ts, num, (uint64_t)e, true);
    else if (num && e < 0)
        den = gilt_int_shift_n(ts, den, (uint64_t)-e, true);
    return num && den ? gilt_tuple_pack(ts, 2, num, den) : VAL_NULL;
}

static Value float_is_integer(ARGS) {
    double x = SELF;
    return BOOL_VAL(isfinite(x) && x == floor(x));
}

static Value float_hex(ARGS) {
    return gilt_float_hex(ts, SELF);
}

static Value float_fromhex(ARGS) {
    if (!GILT_IS_SUB(ts, args[1], GILT_TF_STR_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "fromhex() argument must be str, not %T", args[1]);
    Value r = gilt_float_fromhex(ts, AS_STR(args[1])->data, AS_STR(args[1])->size);
    if (!r || AS_TYPE(args[0]) == GILT_TYPE(ts, FLOAT))
        return r;
    return gilt_call1(ts, args[0], r);
}

static Value float_getformat(ARGS) {
    Value t = args[1];
    if (!GILT_IS_SUB(ts, t, GILT_TF_STR_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "__getformat__() argument must be str, not %T", t);
    if (!gilt_str_eq_cstr(AS_STR(t), "double") &&
        !gilt_str_eq_cstr(AS_STR(t), "float"))
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                          "__getformat__() argument 1 must be 'double' or "
                          "'float'");
    return gilt_str_from_cstr(ts, "IEEE, little-endian");
}

static Value get_real(GiltThread *ts, Value self) {
    return FLOAT_VAL(self_value(self));
}

static Value get_imag(GiltThread *ts, Value self) {
    return FLOAT_VAL(0.0);
}

// ---- float(x) --------------------------------------------------------------------

static Value from_text(GiltThread *ts, Value x) {
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
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "float() argument must be a string or a real "
                          "number, not '%T'",
                          x);
    }
    double d;
    int rc = gilt_float_parse(ts, s, len, &d);
    if (rc == 0)
        return FLOAT_VAL(d);
    if (rc < 0)
        return VAL_NULL;
    return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                      "could not convert string to float: %R", x);
}

static Value float_from_object(GiltThread *ts, Value x) {
    if (IS_FLOAT(x))
        return x;
    if (IS_INT(x))
        return FLOAT_VAL((double)AS_INT(x));
    if (GILT_IS(ts, x, STR))
        return from_text(ts, x);
    GiltType *t = gilt_typeof(ts, x);
    if (gilt_type_lookup(ts, t, GILT_NAME(ts, __float__)) ||
        gilt_type_lookup(ts, t, GILT_NAME(ts, __index__))) {
        double d;
        return gilt_to_double(ts, x, &d) < 0 ? VAL_NULL : FLOAT_VAL(d);
    }
    return from_text(ts, x);
}

static Value float_new(ARGS) {
    if (gilt_no_kwargs(ts, "float", kw) < 0)
        return VAL_NULL;
    if (nargs > 2)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "float expected at most 1 argument, got %d",
                          nargs - 1);
    if (args[0] != OBJ_VAL(GILT_TYPE(ts, FLOAT)) &&
        gilt_number_check_new(ts, args[0], GILT_TYPE(ts, FLOAT)) < 0)
        return VAL_NULL;
    Value v = nargs > 1 ? float_from_object(ts, args[1]) : FLOAT_VAL(0.0);
    GiltType *cls = AS_TYPE(args[0]);
    if (!v || cls == GILT_TYPE(ts, FLOAT))
        return v;
    GiltFloatObject *o = gilt_alloc_instance(ts, cls, sizeof(GiltFloatObject));
    if (!o)
        return VAL_NULL;
    o->value = AS_FLOAT(v);
    return OBJ_VAL(o);
}

static const GiltMethodDef float_methods[] = {
    {"__new__", float_new, 0, -1, GILT_M_STATIC | GILT_M_KW},
    {"__repr__", float_repr, 0, 0, 0},
    {"__hash__", float_hash, 0, 0, 0},
    {"__format__", float_format, 1, 1, 0},
    {"__bool__", float_bool, 0, 0, 0},
    {"__float__", float_pos, 0, 0, 0},
    {"__int__", float_int, 0, 0, 0},
    {"__trunc__", float_int, 0, 0, 0},
    {"__floor__", float_floor, 0, 0, 0},
    {"__ceil__", float_ceil, 0, 0, 0},
    {"__round__", float_round, 0, 1, 0},
    {"__getnewargs__", float_getnewargs, 0, 0, 0},
    {"__getformat__", float_getformat, 1, 1, GILT_M_CLASS},
    {"__eq__", float_eq, 1, 1, 0},
    {"__ne__", float_ne, 1, 1, 0},
    {"__lt__", float_lt, 1, 1, 0},
    {"__le__", float_le, 1, 1, 0},
    {"__gt__", float_gt, 1, 1, 0},
    {"__ge__", float_ge, 1, 1, 0},
    {"__add__", float_add, 1, 1, 0},
    {"__radd__", float_add_r, 1, 1, 0},
    {"__sub__", float_sub, 1, 1, 0},
    {"__rsub__", float_sub_r, 1, 1, 0},
    {"__mul__", float_mul, 1, 1, 0},
    {"__rmul__", float_mul_r, 1, 1, 0},
    {"__truediv__", float_truediv, 1, 1, 0},
    {"__rtruediv__", float_truediv_r, 1, 1, 0},
    {"__floordiv__", float_floordiv, 1, 1, 0},
    {"__rfloordiv__", float_floordiv_r, 1, 1, 0},
    {"__mod__", float_mod, 1, 1, 0},
    {"__rmod__", float_mod_r, 1, 1, 0},
    {"__divmod__", float_divmod, 1, 1, 0},
    {"__rdivmod__", float_divmod_r, 1, 1, 0},
    {"__pow__", float_pow, 1, 2, 0},
    {"__rpow__", float_pow_r, 1, 2, 0},
    {"__neg__", float_neg, 0, 0, 0},
    {"__pos__", float_pos, 0, 0, 0},
    {"__abs__", float_abs, 0, 0, 0},
    {"as_integer_ratio", float_as_integer_ratio, 0, 0, 0},
    {"is_integer", float_is_integer, 0, 0, 0},
    {"conjugate", float_pos, 0, 0, 0},
    {"hex", float_hex, 0, 0, 0},
    {"fromhex", float_fromhex, 1, 1, GILT_M_CLASS},
    {NULL}};

static const GiltGetSetDef float_getsets[] = {
    {"real", get_real, NULL}, {"imag", get_imag, NULL}, {NULL}};

int gilt_float_init_types(GiltThread *ts) {
    static const GiltTypeSpec spec = {
        .name = "float",
        .doc = "Convert a string or number to a floating point number, if "
               "possible.",
        .basicsize = sizeof(GiltFloatObject),
        .flags = GILT_TF_BASETYPE | GILT_TF_FLOAT_SUB,
        .methods = float_methods,
        .getsets = float_getsets,
    };
    if (!gilt_type_from_spec(ts, &spec, GILT_T_FLOAT))
        return -1;
    return gilt_complex_init_types(ts);
}
