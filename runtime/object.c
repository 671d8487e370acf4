/* object.c - The generic protocols: repr, str, hash, rich comparison,
 * truth, and the number operators.
 *
 * Each protocol takes the fast path for builtin values first (ints,
 * floats, exact strs), then looks the dunder up on the type through the
 * method cache and calls it, following CPython's rules for reflected
 * operands and NotImplemented.
 */
#include "../vm/gc.h"
#include "float.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

// ---- recursion guards ------------------------------------------------------------

int gilt_recursion_enter(GiltThread *ts, const char *where) {
    if (++ts->c_depth > GILT_C_RECURSION_LIMIT ||
        ts->depth + ts->c_depth > ts->vm->recursion_limit + 50) {
        ts->c_depth--;
        gilt_raise(ts, GILT_EXC_RECURSION_ERROR,
                   "maximum recursion depth exceeded%s", where ? where : "");
        return -1;
    }
    return 0;
}

void gilt_recursion_leave(GiltThread *ts) {
    ts->c_depth--;
}

int gilt_repr_enter(GiltThread *ts, Value v) {
    for (size_t i = 0; i < ts->nrepr; i++)
        if (ts->repr_stack[i] == v)
            return 1;
    if (ts->nrepr == ts->repr_cap) {
        size_t cap = ts->repr_cap ? ts->repr_cap * 2 : 16;
        Value *s = realloc(ts->repr_stack, cap * sizeof(Value));
        if (!s) {
            gilt_raise_nomem(ts);
            return -1;
        }
        ts->repr_stack = s;
        ts->repr_cap = cap;
    }
    ts->repr_stack[ts->nrepr++] = v;
    return 0;
}

void gilt_repr_leave(GiltThread *ts, Value v) {
    for (size_t i = ts->nrepr; i-- > 0;)
        if (ts->repr_stack[i] == v) {
            memmove(ts->repr_stack + i, ts->repr_stack + i + 1,
                    (ts->nrepr - i - 1) * sizeof(Value));
            ts->nrepr--;
            return;
        }
}

// ---- repr / str / format --------------------------------------------------------

static Value check_str_result(GiltThread *ts, Value r, const char *what) {
    if (r && !GILT_IS_SUB(ts, r, GILT_TF_STR_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "%s returned non-string (type %T)", what, r);
    return r;
}

Value gilt_repr(GiltThread *ts, Value v) {
    GiltType *t = gilt_typeof(ts, v);
    Value f = gilt_type_lookup(ts, t, GILT_NAME(ts, __repr__));
    if (!f)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "'%T' has no __repr__", v);
    if (gilt_recursion_enter(ts, " while getting the repr of an object") < 0)
        return VAL_NULL;
    Value r = gilt_call_with_self(ts, f, v, NULL, 0, NULL);
    gilt_recursion_leave(ts);
    return check_str_result(ts, r, "__repr__");
}

Value gilt_str(GiltThread *ts, Value v) {
    if (GILT_IS(ts, v, STR))
        return v;
    GiltType *t = gilt_typeof(ts, v);
    Value f = gilt_type_lookup(ts, t, GILT_NAME(ts, __str__));
    if (!f)
        return gilt_repr(ts, v);
    if (gilt_recursion_enter(ts, " while getting the str of an object") < 0)
        return VAL_NULL;
    Value r = gilt_call_with_self(ts, f, v, NULL, 0, NULL);
    gilt_recursion_leave(ts);
    return check_str_result(ts, r, "__str__");
}

Value gilt_ascii(GiltThread *ts, Value v) {
    Value r = gilt_repr(ts, v);
    if (!r || AS_STR(r)->ascii)
        return r;
    GiltStr *s = AS_STR(r);
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    for (size_t pos = 0; pos < s->size;) {
        uint32_t c = gilt_utf8_decode(s->data, &pos);
        if (c < 128)
            gilt_strbuf_append_char(ts, &b, (char)c);
        else if (c < 256)
            gilt_strbuf_printf(ts, &b, "\\x%02x", c);
        else if (c < 0x10000)
            gilt_strbuf_printf(ts, &b, "\\u%04x", c);
        else
            gilt_strbuf_printf(ts, &b, "\\U%08x", c);
    }
    return gilt_strbuf_finish(ts, &b);
}

Value gilt_format(GiltThread *ts, Value v, Value spec) {
    bool found;
    Value r = gilt_call_dunder(ts, v, GILT_NAME(ts, __format__), &spec, 1,
                               &found);
    if (!found)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "Type %T doesn't define __format__", v);
    if (r && !GILT_IS_SUB(ts, r, GILT_TF_STR_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "__format__ must return a str, not %T", r);
    return r;
}

// ---- hash -------------------------------------------------------------------------------

static int hash_result(GiltThread *ts, Value r, int64_t *out) {
    if (IS_INT(r)) {
        *out = gilt_int_hash(r);
        return 0;
    }
    if (!gilt_is_int(ts, r)) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "__hash__ method should return an integer");
        return -1;
    }
    // A value that fits 64 bits is used as it is (so a subclass keeps its
    // base's hash); larger ones are reduced like an int's hash.
    Value iv = gilt_int_value(ts, r);
    int64_t h;
    if (gilt_int_to_i64(ts, iv, &h) == 0) {
        *out = h == -1 ? -2 : h;
        return 0;
    }
    gilt_exc_clear(ts);
    *out = gilt_int_hash(iv);
    return 0;
}

int gilt_hash(GiltThread *ts, Value v, int64_t *out) {
    if (IS_INT(v)) {
        *out = gilt_int_hash(v);
        return 0;
    }
    if (IS_OBJ(v) && AS_OBJ(v)->type == GILT_TYPE(ts, STR)) {
        *out = gilt_str_hash(AS_STR(v));
        return 0;
    }
    if (IS_FLOAT(v)) {
        *out = gilt_float_hash(AS_FLOAT(v));
        return 0;
    }
    if (IS_CONST(v)) {
        *out = v == VAL_TRUE ? 1 : v == VAL_FALSE ? 0 : (int64_t)(v & 0xFFFF) * 0x1000003 + 0x5A17;
        return 0;
    }
    if (AS_OBJ(v)->type == GILT_TYPE(ts, TUPLE))
        return gilt_tuple_hash(ts, AS_TUPLE(v), out);
    Value f = gilt_type_lookup(ts, AS_OBJ(v)->type, GILT_NAME(ts, __hash__));
    if (!f || f == VAL_NONE) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR, "unhashable type: '%T'", v);
        return -1;
    }
    if (gilt_recursion_enter(ts, " while getting the hash of an object") < 0)
        return -1;
    Value r = gilt_call_with_self(ts, f, v, NULL, 0, NULL);
    gilt_recursion_leave(ts);
    return r ? hash_result(ts, r, out) : -1;
}

// ---- comparison -----------------------------------------------------------------------

static const GiltCompareOp swapped[] = {GILT_GT, GILT_GE, GILT_EQ,
                                        GILT_NE, GILT_LT, GILT_LE};
static const char *const op_symbol[] = {"<", "<=", "==", "!=", ">", ">="};

static GiltStr *cmp_name(GiltThread *ts, GiltCompareOp op) {
    GiltNames *n = &ts->vm->names;
    GiltStr *names[] = {n->__lt__, n->__le__, n->__eq__,
                        n->__ne__, n->__gt__, n->__ge__};
    return names[op];
}

static bool cmp_result(int c, GiltCompareOp op) {
    switch (op) {
    case GILT_LT:
        return c < 0;
    case GILT_LE:
        return c <= 0;
    case GILT_EQ:
        return c == 0;
    case GILT_NE:
        return c != 0;
    case GILT_GT:
        return c > 0;
    default:
        return c >= 0;
    }
}

// Numbers and exact strs without calling methods; VAL_NULL if no fast path.
static Value fast_compare(GiltThread *ts, Value a, Value b, GiltCompareOp op) {
    if (BOTH_INT(a, b)) {
        int64_t x = AS_INT(a), y = AS_INT(b);
        return BOOL_VAL(cmp_result((x > y) - (x < y), op));
    }
    if (IS_FLOAT(a) && IS_FLOAT(b)) {
        double x = AS_FLOAT(a), y = AS_FLOAT(b);
        if (x != x || y != y)
            return BOOL_VAL(op == GILT_NE);
        return BOOL_VAL(cmp_result((x > y) - (x < y), op));
    }
    GiltType *str = GILT_TYPE(ts, STR);
    if (IS_OBJ(a) && IS_OBJ(b) && AS_OBJ(a)->type == str &&
        AS_OBJ(b)->type == str) {
        if (op == GILT_EQ || op == GILT_NE)
            return BOOL_VAL(gilt_str_eq(AS_STR(a), AS_STR(b)) == (op == GILT_EQ));
        return BOOL_VAL(cmp_result(gilt_str_cmp(AS_STR(a), AS_STR(b)), op));
    }
    return VAL_NULL;
}

static Value try_cmp(GiltThread *ts, Value self, Value other, GiltStr *name,
                     bool *tried) {
    Value f = gilt_type_lookup(ts, gilt_typeof(ts, self), name);
    *tried = f != VAL_NULL;
    if (!f)
        return VAL_NOTIMPL;
    return gilt_call_with_self(ts, f, self, &other, 1, NULL);
}

static Value do_richcompare(GiltThread *ts, Value a, Value b, GiltCompareOp op) {
    GiltType *ta = gilt_typeof(ts, a), *tb = gilt_typeof(ts, b);
    bool tried, reflected_first = false;
    Value r;
    if (ta != tb && gilt_is_subtype(tb, ta) &&
        gilt_type_lookup(ts, tb, cmp_name(ts, swapped[op]))) {
        reflected_first = true;
        r = try_cmp(ts, b, a, cmp_name(ts, swapped[op]), &tried);
        if (r != VAL_NOTIMPL)
            return r;
    }
    r = try_cmp(ts, a, b, cmp_name(ts, op), &tried);
    if (r != VAL_NOTIMPL)
        return r;
    if (!reflected_first) {
        r = try_cmp(ts, b, a, cmp_name(ts, swapped[op]), &tried);
        if (r != VAL_NOTIMPL)
            return r;
    }
    if (op == GILT_EQ)
        return BOOL_VAL(a == b);
    if (op == GILT_NE)
        return BOOL_VAL(a != b);
    return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                      "'%s' not supported between instances of '%T' and '%T'",
                      op_symbol[op], a, b);
}

Value gilt_richcompare(GiltThread *ts, Value a, Value b, GiltCompareOp op) {
    Value r = fast_compare(ts, a, b, op);
    if (r)
        return r;
    if (gilt_recursion_enter(ts, " in comparison") < 0)
        return VAL_NULL;
    r = do_richcompare(ts, a, b, op);
    gilt_recursion_leave(ts);
    return r;
}

int gilt_compare_bool(GiltThread *ts, Value a, Value b, GiltCompareOp op) {
    Value r = gilt_richcompare(ts, a, b, op);
    if (!r)
        return -1;
    if (r == VAL_TRUE)
        return 1;
    if (r == VAL_FALSE)
        return 0;
    return gilt_truthy(ts, r);
}

int gilt_eq(GiltThread *ts, Value a, Value b) {
    if (a == b)
        return 1;
    return gilt_compare_bool(ts, a, b, GILT_EQ);
}

// ---- truth ------------------------------------------------------------------------------

int gilt_truthy(GiltThread *ts, Value v) {
    if (v == VAL_TRUE)
        return 1;
    if (v == VAL_FALSE || v == VAL_NONE)
        return 0;
    if (IS_INT(v))
        return AS_INT(v) != 0;
    if (IS_FLOAT(v))
        return AS_FLOAT(v) != 0.0;
    if (IS_CONST(v))
        return 1;
    GiltType *t = AS_OBJ(v)->type;
    if (t == GILT_TYPE(ts, STR))
        return AS_STR(v)->size != 0;
    Value f = gilt_type_lookup(ts, t, GILT_NAME(ts, __bool__));
    if (f) {
        Value r = gilt_call_with_self(ts, f, v, NULL, 0, NULL);
        if (!r)
            return -1;
        if (!IS_BOOL(r)) {
            gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                       "__bool__ should return bool, returned %T", r);
            return -1;
        }
        return r == VAL_TRUE;
    }
    if (gilt_type_lookup(ts, t, GILT_NAME(ts, __len__))) {
        int64_t n;
        return gilt_len(ts, v, &n) < 0 ? -1 : n != 0;
    }
    return 1;
}

// ---- number operators -------------------------------------------------------------------

static const char *const binop_symbol[] = {
    "+", "-", "*", "@", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^"};

static void binop_names(GiltThread *ts, int op, GiltStr **name, GiltStr **rname,
                        GiltStr **iname) {
    GiltNames *n = &ts->vm->names;
    GiltStr *const names[][3] = {
        {n->__add__, n->__radd__, n->__iadd__},
        {n->__sub__, n->__rsub__, n->__isub__},
        {n->__mul__, n->__rmul__, n->__imul__},
        {n->__matmul__, n->__rmatmul__, n->__imatmul__},
        {n->__truediv__, n->__rtruediv__, n->__itruediv__},
        {n->__floordiv__, n->__rfloordiv__, n->__ifloordiv__},
        {n->__mod__, n->__rmod__, n->__imod__},
        {n->__pow__, n->__rpow__, n->__ipow__},
        {n->__lshift__, n->__rlshift__, n->__ilshift__},
        {n->__rshift__, n->__rrshift__, n->__irshift__},
        {n->__and__, n->__rand__, n->__iand__},
        {n->__or__, n->__ror__, n->__ior__},
        {n->__xor__, n->__rxor__, n->__ixor__}};
    *name = names[op][0];
    *rname = names[op][1];
    *iname = names[op][2];
}

static Value call_binop(GiltThread *ts, Value f, Value self, Value other) {
    return gilt_call_with_self(ts, f, self, &other, 1, NULL);
}

// a op b through __op__ / __rop__; VAL_NOTIMPL when neither applies.
static Value binop_generic(GiltThread *ts, Value a, Value b, GiltStr *name,
                           GiltStr *rname) {
    GiltType *ta = gilt_typeof(ts, a), *tb = gilt_typeof(ts, b);
    Value fa = gilt_type_lookup(ts, ta, name);
    Value fb = ta != tb ? gilt_type_lookup(ts, tb, rname) : VAL_NULL;
    if (fb && fb == gilt_type_lookup(ts, ta, rname))
        fb = VAL_NULL; // same implementation: __op__ already covers it
    Value r;
    if (fb && gilt_is_subtype(tb, ta)) {
        r = call_binop(ts, fb, b, a);
        if (r != VAL_NOTIMPL)
            return r;
        fb = VAL_NULL;
    }
    if (fa) {
        r = call_binop(ts, fa, a, b);
        if (r != VAL_NOTIMPL)
            return r;
    }
    if (fb)
        return call_binop(ts, fb, b, a);
    return VAL_NOTIMPL;
}

static Value binop_error(GiltThread *ts, Value a, Value b, int op, bool inplace) {
    uint32_t seq = GILT_TF_STR_SUB | GILT_TF_LIST_SUB | GILT_TF_TUPLE_SUB |
                   GILT_TF_BYTES_SUB;
    if (op == GILT_OP_ADD && GILT_IS_SUB(ts, a, seq))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "can only concatenate %s (not \"%s\") to %s",
                          gilt_type_name(ts, a), gilt_type_name(ts, b),
                          gilt_type_name(ts, a));
    if (op == GILT_OP_MUL && (GILT_IS_SUB(ts, a, seq) || GILT_IS_SUB(ts, b, seq)))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "can't multiply sequence by non-int of type '%T'",
                          GILT_IS_SUB(ts, a, seq) ? b : a);
    return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                      "unsupported operand type(s) for %s%s: '%T' and '%T'",
                      binop_symbol[op], inplace ? "=" : "", a, b);
}

Value gilt_binop(GiltThread *ts, Value a, Value b, int op) {
    bool inplace = op >= GILT_OP__INPLACE;
    if (inplace)
        op -= GILT_OP__INPLACE;
    GiltType *tint = GILT_TYPE(ts, INT);
    // The number fast paths return NotImplemented for operators their
    // types lack (1.5 & 1, 1 @ 2): those fall through to the error.
    Value fast = VAL_NOTIMPL;
    if ((IS_INT(a) || (IS_OBJ(a) && AS_OBJ(a)->type == tint)) &&
        (IS_INT(b) || (IS_OBJ(b) && AS_OBJ(b)->type == tint)))
        fast = gilt_int_binop(ts, a, b, op);
    else if ((IS_FLOAT(a) && (IS_FLOAT(b) || IS_INT(b))) ||
             (IS_INT(a) && IS_FLOAT(b)))
        fast = gilt_float_binop(ts, a, b, op);
    if (fast != VAL_NOTIMPL)
        return fast;
    GiltStr *name, *rname, *iname;
    binop_names(ts, op, &name, &rname, &iname);
    if (inplace) {
        Value f = gilt_type_lookup(ts, gilt_typeof(ts, a), iname);
        if (f) {
            Value r = call_binop(ts, f, a, b);
            if (r != VAL_NOTIMPL)
                return r;
        }
    }
    Value r = binop_generic(ts, a, b, name, rname);
    if (r != VAL_NOTIMPL)
        return r;
    return binop_error(ts, a, b, op, inplace);
}

Value gilt_unop(GiltThread *ts, Value a, GiltUnaryOp op) {
    if (IS_INT(a)) {
        if (op == GILT_UOP_NEG)
            return gilt_int_neg(ts, a);
        if (op == GILT_UOP_INVERT)
            return gilt_int_invert(ts, a);
        return a;
    }
    if (IS_FLOAT(a) && op != GILT_UOP_INVERT)
        return op == GILT_UOP_NEG ? FLOAT_VAL(-AS_FLOAT(a)) : a;
    GiltNames *n = &ts->vm->names;
    GiltStr *names[] = {n->__neg__, n->__pos__, n->__invert__};
    static const char *const sym[] = {"-", "+", "~"};
    bool found;
    Value r = gilt_call_dunder(ts, a, names[op], NULL, 0, &found);
    if (!found)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "bad operand type for unary %s: '%T'", sym[op], a);
    return r;
}

Value gilt_index_value(GiltThread *ts, Value v) {
    if (IS_INT(v))
        return v;
    if (IS_BOOL(v))
        return INT_VAL(v == VAL_TRUE);
    if (gilt_is_int(ts, v))
        return gilt_int_value(ts, v);
    bool found;
    Value r = gilt_call_dunder(ts, v, GILT_NAME(ts, __index__), NULL, 0, &found);
    if (!found)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "'%T' object cannot be interpreted as an integer", v);
    if (r && !gilt_is_int(ts, r))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "__index__ returned non-int (type %T)", r);
    return r ? gilt_int_value(ts, r) : VAL_NULL;
}

int gilt_index(GiltThread *ts, Value v, int64_t *out) {
    if (IS_INT(v)) {
        *out = AS_INT(v);
        return 0;
    }
    Value i = gilt_index_value(ts, v);
    if (!i)
        return -1;
    if (gilt_int_to_i64(ts, i, out) < 0) {
        gilt_exc_clear(ts);
        gilt_raise(ts, GILT_EXC_INDEX_ERROR,
                   "cannot fit '%T' into an index-sized integer", v);
        return -1;
    }
    return 0;
}
