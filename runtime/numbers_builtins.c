/* numbers_builtins.c - The numeric builtins: abs, round, divmod, pow, hex,
 * oct, bin. Each takes the fast path for ints and floats and otherwise
 * dispatches to the dunders as CPython's abstract.c does.
 */
#include <math.h>

#include "bigint.h"
#include "float.h"
#include "numbers.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

#define ARGS GiltThread *ts, Value *args, int nargs, GiltTuple *kw

static Value b_abs(ARGS) {
    Value x = args[0];
    if (IS_INT(x))
        return gilt_int_abs(ts, x);
    if (IS_FLOAT(x))
        return FLOAT_VAL(fabs(AS_FLOAT(x)));
    bool found;
    Value r = gilt_call_dunder(ts, x, GILT_NAME(ts, __abs__), NULL, 0, &found);
    if (!found)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "bad operand type for abs(): '%T'", x);
    return r;
}

static Value b_round(ARGS) {
    static const char *const names[] = {"number", "ndigits", NULL};
    Value a[2];
    if (gilt_parse_args(ts, "round", args, nargs, kw, names, 1, a) < 0)
        return VAL_NULL;
    Value x = a[0], nd = a[1] == VAL_NONE ? VAL_NULL : a[1];
    if (IS_FLOAT(x))
        return gilt_float_round(ts, AS_FLOAT(x), nd);
    if (IS_INT(x) && !nd)
        return x;
    bool found;
    Value r = gilt_call_dunder(ts, x, GILT_NAME(ts, __round__), &nd, nd ? 1 : 0,
                               &found);
    if (!found)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "type %s doesn't define __round__ method",
                          gilt_type_name(ts, x));
    return r;
}

// ---- divmod ----------------------------------------------------------------------

static Value call_if(GiltThread *ts, Value f, Value self, Value other) {
    return gilt_call_with_self(ts, f, self, &other, 1, NULL);
}

// a.__divmod__(b) / b.__rdivmod__(a) with the reflected-first rule for
// subclasses, as gilt_binop does for the operators.
static Value divmod_generic(GiltThread *ts, Value a, Value b) {
    GiltType *ta = gilt_typeof(ts, a), *tb = gilt_typeof(ts, b);
    GiltStr *name = GILT_NAME(ts, __divmod__), *rname = GILT_NAME(ts, __rdivmod__);
    Value fa = gilt_type_lookup(ts, ta, name);
    Value fb = ta != tb ? gilt_type_lookup(ts, tb, rname) : VAL_NULL;
    if (fb && fb == gilt_type_lookup(ts, ta, rname))
        fb = VAL_NULL;
    Value r;
    if (fb && gilt_is_subtype(tb, ta)) {
        if ((r = call_if(ts, fb, b, a)) != VAL_NOTIMPL)
            return r;
        fb = VAL_NULL;
    }
    if (fa && (r = call_if(ts, fa, a, b)) != VAL_NOTIMPL)
        return r;
    if (fb && (r = call_if(ts, fb, b, a)) != VAL_NOTIMPL)
        return r;
    return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                      "unsupported operand type(s) for divmod(): '%T' and '%T'",
                      a, b);
}

static Value b_divmod(ARGS) {
    Value a = args[0], b = args[1];
    if (BOTH_INT(a, b) && AS_INT(b) != 0) {
        Value q, r;
        if (gilt_int_divmod(ts, a, b, &q, &r, GILT_OP_FLOORDIV) < 0)
            return VAL_NULL;
        return gilt_tuple_pack(ts, 2, q, r);
    }
    if ((IS_FLOAT(a) && (IS_FLOAT(b) || IS_INT(b))) ||
        (IS_INT(a) && IS_FLOAT(b)))
        return gilt_float_divmod(ts, a, b);
    return divmod_generic(ts, a, b);
}

// ---- pow -----------------------------------------------------------------------------

static bool float_or_complex(GiltThread *ts, Value v, bool *complex) {
    *complex = gilt_is_complex(ts, v);
    return *complex || IS_FLOAT(v) || GILT_IS_SUB(ts, v, GILT_TF_FLOAT_SUB);
}

static Value pow3(GiltThread *ts, Value base, Value exp, Value mod) {
    if (gilt_int_like(ts, base) && gilt_int_like(ts, exp) &&
        gilt_int_like(ts, mod))
        return gilt_int_powmod(ts, base, exp, mod);
    bool found;
    Value pair[2] = {exp, mod};
    Value r = gilt_call_dunder(ts, base, GILT_NAME(ts, __pow__), pair, 2, &found);
    if (found && r != VAL_NOTIMPL)
        return r;
    // The other operands' types get their turn (CPython's ternary_op):
    // for the builtin number types that means their error.
    for (int i = 0; i < 2; i++) {
        bool cx;
        if (gilt_typeof(ts, pair[i]) != gilt_typeof(ts, base) &&
            float_or_complex(ts, pair[i], &cx) &&
            (gilt_is_int(ts, base) || IS_FLOAT(base)))
            return cx ? gilt_raise(ts, GILT_EXC_VALUE_ERROR, "complex modulo")
                      : gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                                   "pow() 3rd argument not allowed unless all "
                                   "arguments are integers");
    }
    return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                      "unsupported operand type(s) for ** or pow(): '%T', '%T', "
                      "'%T'",
                      base, exp, mod);
}

static Value b_pow(ARGS) {
    static const char *const names[] = {"base", "exp", "mod", NULL};
    Value a[3];
    if (gilt_parse_args(ts, "pow", args, nargs, kw, names, 2, a) < 0)
        return VAL_NULL;
    if (!a[2] || a[2] == VAL_NONE)
        return gilt_binop(ts, a[0], a[1], GILT_OP_POW);
    return pow3(ts, a[0], a[1], a[2]);
}

// ---- hex, oct, bin ----------------------------------------------------------------------

static Value to_base(GiltThread *ts, Value x, int base) {
    Value i = gilt_index_value(ts, x);
    return i ? gilt_int_to_base(ts, i, base, true) : VAL_NULL;
}

static Value b_hex(ARGS) {
    return to_base(ts, args[0], 16);
}

static Value b_oct(ARGS) {
    return to_base(ts, args[0], 8);
}

static Value b_bin(ARGS) {
    return to_base(ts, args[0], 2);
}

const GiltMethodDef gilt_number_builtins[] = {
    {"abs", b_abs, 1, 1, 0},
    {"round", b_round, 0, -1, GILT_M_KW},
    {"divmod", b_divmod, 2, 2, 0},
    {"pow", b_pow, 0, -1, GILT_M_KW},
    {"hex", b_hex, 1, 1, 0},
    {"oct", b_oct, 1, 1, 0},
    {"bin", b_bin, 1, 1, 0},
    {NULL}};

int gilt_number_check_new(GiltThread *ts, Value cls, GiltType *base) {
    const char *b = gilt_type_cname(base);
    if (!gilt_is_type(cls)) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "%s.__new__(X): X is not a type object (%T)", b, cls);
        return -1;
    }
    GiltType *t = AS_TYPE(cls);
    if (!gilt_is_subtype(t, base)) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "%s.__new__(%s): %s is not a subtype of %s", b,
                   gilt_type_cname(t), gilt_type_cname(t), b);
        return -1;
    }
    if (t->solid != base) { // a builtin subtype with its own layout (bool)
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "%s.__new__(%s) is not safe, use %s.__new__()", b,
                   gilt_type_cname(t), gilt_type_cname(t->solid));
        return -1;
    }
    return 0;
}
