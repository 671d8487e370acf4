/* bool.c - bool: the int subclass whose only instances are the constants
 * True and False (VAL_TRUE / VAL_FALSE, never heap objects). It is not
 * subclassable; & | ^ between two bools stay bools, everything else is
 * int arithmetic inherited from int.
 */
#include "../vm/state.h"
#include "int.h"
#include "numbers.h"
#include "str.h"

#define ARGS GiltThread *ts, Value *args, int nargs, GiltTuple *kw

static Value bool_repr(ARGS) {
    return OBJ_VAL(gilt_str_intern_cstr(ts, args[0] == VAL_TRUE ? "True"
                                                                : "False"));
}

static Value bool_bitop(GiltThread *ts, Value a, Value b, int op) {
    if (IS_BOOL(a) && IS_BOOL(b)) {
        bool x = a == VAL_TRUE, y = b == VAL_TRUE;
        return BOOL_VAL(op == GILT_OP_AND ? x && y : op == GILT_OP_OR ? x || y
                                                                      : x != y);
    }
    return gilt_int_binop(ts, a, b, op);
}

static Value bool_and(ARGS) {
    return bool_bitop(ts, args[0], args[1], GILT_OP_AND);
}

static Value bool_or(ARGS) {
    return bool_bitop(ts, args[0], args[1], GILT_OP_OR);
}

static Value bool_xor(ARGS) {
    return bool_bitop(ts, args[0], args[1], GILT_OP_XOR);
}

static Value bool_rand(ARGS) {
    return bool_bitop(ts, args[1], args[0], GILT_OP_AND);
}

static Value bool_ror(ARGS) {
    return bool_bitop(ts, args[1], args[0], GILT_OP_OR);
}

static Value bool_rxor(ARGS) {
    return bool_bitop(ts, args[1], args[0], GILT_OP_XOR);
}

static Value bool_new(ARGS) {
    if (gilt_no_kwargs(ts, "bool", kw) < 0)
        return VAL_NULL;
    if (nargs > 2)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "bool expected at most 1 argument, got %d", nargs - 1);
    if (nargs < 2)
        return VAL_FALSE;
    int t = gilt_truthy(ts, args[1]);
    return t < 0 ? VAL_NULL : BOOL_VAL(t);
}

static const GiltMethodDef bool_methods[] = {
    {"__new__", bool_new, 0, -1, GILT_M_STATIC | GILT_M_KW},
    {"__repr__", bool_repr, 0, 0, 0},
    {"__and__", bool_and, 1, 1, 0},
    {"__rand__", bool_rand, 1, 1, 0},
    {"__or__", bool_or, 1, 1, 0},
    {"__ror__", bool_ror, 1, 1, 0},
    {"__xor__", bool_xor, 1, 1, 0},
    {"__rxor__", bool_rxor, 1, 1, 0},
    {NULL}};

int gilt_bool_init_types(GiltThread *ts) {
    static const GiltTypeSpec spec = {
        .name = "bool",
        .doc = "bool(x) -> bool",
        .base = GILT_T_INT,
        .methods = bool_methods,
    };
    return gilt_type_from_spec(ts, &spec, GILT_T_BOOL) ? 0 : -1;
}
