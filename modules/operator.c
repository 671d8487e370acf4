/* operator.c - The operator module: Python's operators as functions, and
 * the itemgetter / attrgetter / methodcaller callables.
 *
 * Every function is a thin native over the generic protocols (object.h),
 * so operator.add(a, b) behaves exactly like a + b, fast paths included.
 * The dunder aliases (__add__ for add...) are added by the init hook.
 */
#include <stdio.h>
#include <string.h>

#include "../runtime/dict.h"
#include "../runtime/func.h"
#include "../runtime/int.h"
#include "../runtime/numbers.h"
#include "../runtime/str.h"
#include "../runtime/tuple.h"
#include "../runtime/type.h"
#include "../vm/gc.h"
#include "modules.h"

#define ARGS GiltThread *ts, Value *args, int nargs, GiltTuple *kw

#define BINOP(name, op)                                                        \
    static Value op_##name(ARGS) {                                             \
        return gilt_binop(ts, args[0], args[1], op);                           \
    }
BINOP(add, GILT_OP_ADD)
BINOP(sub, GILT_OP_SUB)
BINOP(mul, GILT_OP_MUL)
BINOP(matmul, GILT_OP_MATMUL)
BINOP(truediv, GILT_OP_TRUEDIV)
BINOP(floordiv, GILT_OP_FLOORDIV)
BINOP(mod, GILT_OP_MOD)
BINOP(pow, GILT_OP_POW)
BINOP(lshift, GILT_OP_LSHIFT)
BINOP(rshift, GILT_OP_RSHIFT)
BINOP(and_, GILT_OP_AND)
BINOP(or_, GILT_OP_OR)
BINOP(xor, GILT_OP_XOR)
BINOP(iadd, GILT_OP_ADD + GILT_OP__INPLACE)
BINOP(isub, GILT_OP_SUB + GILT_OP__INPLACE)
BINOP(imul, GILT_OP_MUL + GILT_OP__INPLACE)
BINOP(imatmul, GILT_OP_MATMUL + GILT_OP__INPLACE)
BINOP(itruediv, GILT_OP_TRUEDIV + GILT_OP__INPLACE)
BINOP(ifloordiv, GILT_OP_FLOORDIV + GILT_OP__INPLACE)
BINOP(imod, GILT_OP_MOD + GILT_OP__INPLACE)
BINOP(ipow, GILT_OP_POW + GILT_OP__INPLACE)
BINOP(ilshift, GILT_OP_LSHIFT + GILT_OP__INPLACE)
BINOP(irshift, GILT_OP_RSHIFT + GILT_OP__INPLACE)
BINOP(iand, GILT_OP_AND + GILT_OP__INPLACE)
BINOP(ior, GILT_OP_OR + GILT_OP__INPLACE)
BINOP(ixor, GILT_OP_XOR + GILT_OP__INPLACE)

#define CMPOP(name, op)                                                        \
    static Value op_##name(ARGS) {                                             \
        return gilt_richcompare(ts, args[0], args[1], op);                     \
    }
CMPOP(lt, GILT_LT)
CMPOP(le, GILT_LE)
CMPOP(eq, GILT_EQ)
CMPOP(ne, GILT_NE)
CMPOP(gt, GILT_GT)
CMPOP(ge, GILT_GE)

static Value op_neg(ARGS) {
    return gilt_unop(ts, args[0], GILT_UOP_NEG);
}

static Value op_pos(ARGS) {
    return gilt_unop(ts, args[0], GILT_UOP_POS);
}

static Value op_invert(ARGS) {
    return gilt_unop(ts, args[0], GILT_UOP_INVERT);
}

static Value op_abs(ARGS) {
    for (const GiltMethodDef *d = gilt_number_builtins; d->name; d++)
        if (!strcmp(d->name, "abs"))
            return d->fn(ts, args, 1, NULL);
    return gilt_raise(ts, GILT_EXC_SYSTEM_ERROR, "abs is missing");
}

static Value op_not_(ARGS) {
    int t = gilt_truthy(ts, args[0]);
    return t < 0 ? VAL_NULL : BOOL_VAL(!t);
}

static Value op_truth(ARGS) {
    int t = gilt_truthy(ts, args[0]);
    return t < 0 ? VAL_NULL : BOOL_VAL(t);
}

static Value op_is_(ARGS) {
    return BOOL_VAL(args[0] == args[1]);
}

static Value op_is_not(ARGS) {
    return BOOL_VAL(args[0] != args[1]);
}

static Value op_index(ARGS) {
    return gilt_index_value(ts, args[0]);
}

// ---- sequences ------------------------------------------------------------------------

static bool has_getitem(GiltThread *ts, Value v) {
    return gilt_type_lookup(ts, gilt_typeof(ts, v), gilt_str_intern_cstr(ts, "__getitem__"));
}

static Value op_concat(ARGS) {
    if (!has_getitem(ts, args[0]))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "'%T' object can't be concatenated",
                          args[0]);
    return gilt_binop(ts, args[0], args[1], GILT_OP_ADD);
}

static Value op_iconcat(ARGS) {
    if (!has_getitem(ts, args[0]))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "'%T' object can't be concatenated",
                          args[0]);
    return gilt_binop(ts, args[0], args[1], GILT_OP_ADD + GILT_OP__INPLACE);
}

static Value op_contains(ARGS) {
    int r = gilt_contains(ts, args[0], args[1]);
    return r < 0 ? VAL_NULL : BOOL_VAL(r);
}

static Value op_getitem(ARGS) {
    return gilt_getitem(ts, args[0], args[1]);
}

static Value op_setitem(ARGS) {
    return gilt_setitem(ts, args[0], args[1], args[2]) < 0 ? VAL_NULL : VAL_NONE;
}

static Value op_delitem(ARGS) {
    return gilt_delitem(ts, args[0], args[1]) < 0 ? VAL_NULL : VAL_NONE;
}

// Walk [seq] comparing with [x]: the count of equal items (count) or the
// index of the first (!count, -1 when absent).
static int64_t scan(GiltThread *ts, Value seq, Value x, bool count, bool *err) {
    Value it = gilt_iter(ts, seq);
    *err = !it;
    if (!it)
        return -1;
    gilt_gc_push_root(ts, it);
    int64_t n = 0, i = 0;
    Value v;
    while ((v = gilt_next(ts, it))) {
        int eq = gilt_eq(ts, v, x);
        if (eq < 0)
            break;
        if (eq && !count) {
            gilt_gc_pop_root(ts);
            return i;
        }
        n += eq;
        i++;
    }
    gilt_gc_pop_root(ts);
    *err = ts->exc != VAL_NULL;
    return count ? n : -1;
}

static Value op_countOf(ARGS) {
    bool err;
    int64_t n = scan(ts, args[0], args[1], true, &err);
    return err ? VAL_NULL : gilt_int_from_i64(ts, n);
}

static Value op_indexOf(ARGS) {
    bool err;
    int64_t i = scan(ts, args[0], args[1], false, &err);
    if (err)
        return VAL_NULL;
    if (i < 0)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR, "sequence.index(x): x not in sequence");
    return gilt_int_from_i64(ts, i);
}

static Value op_length_hint(ARGS) {
    int64_t dflt = 0;
    if (nargs > 1) {
        if (!gilt_is_int(ts, args[1]))
            return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                              "'%T' object cannot be interpreted as an integer", args[1]);
        if (gilt_index(ts, args[1], &dflt) < 0)
            return VAL_NULL;
    }
    GiltType *t = gilt_typeof(ts, args[0]);
    if (gilt_type_lookup(ts, t, GILT_NAME(ts, __len__))) {
        int64_t n;
        if (gilt_len(ts, args[0], &n) == 0)
            return gilt_int_from_i64(ts, n);
        if (!gilt_exc_matches(ts, GILT_EXC_TYPE_ERROR))
            return VAL_NULL;
        gilt_exc_clear(ts);
    }
    bool found;
    Value r = gilt_call_dunder(ts, args[0], gilt_str_intern_cstr(ts, "__length_hint__"),
                               NULL, 0, &found);
    if (!found)
        return gilt_int_from_i64(ts, dflt);
    if (!r) {
        if (!gilt_exc_matches(ts, GILT_EXC_TYPE_ERROR))
            return VAL_NULL;
        gilt_exc_clear(ts);
        return gilt_int_from_i64(ts, dflt);
    }
    if (r == VAL_NOTIMPL)
        return gilt_int_from_i64(ts, dflt);
    if (!gilt_is_int(ts, r))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "__length_hint__ must be an integer, not %T", r);
    int64_t n;
    if (gilt_index(ts, r, &n) < 0)
        return VAL_NULL;
    if (n < 0)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR, "__length_hint__() should return >= 0");
    return r;
}

static Value op_call(ARGS) {
    if (nargs < 1)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "call() missing 1 required positional argument: 'obj'");
    return gilt_call(ts, args[0], args + 1, nargs - 1, kw);
}

// ---- itemgetter, attrgetter, methodcaller -----------------------------------------------------

// One layout for the three: [items] are the indices, the attribute paths
// (each a tuple of interned names) or, for methodcaller, the name then the
// positional arguments; [kw] methodcaller's keywords.
typedef struct {
    GiltObject obj;
    GiltTuple *items;
    GiltTuple *kwnames; // methodcaller only, or NULL
    GiltTuple *kwvalues;
} Getter;

#define AS_GETTER(v) ((Getter *)AS_OBJ(v))

static void getter_trace(GiltGC *gc, GiltObject *o) {
    Getter *g = (Getter *)o;
    gilt_gc_mark_obj(gc, (GiltObject *)g->items);
    gilt_gc_mark_obj(gc, (GiltObject *)g->kwnames);
    gilt_gc_mark_obj(gc, (GiltObject *)g->kwvalues);
}

static Value getter_make(GiltThread *ts, Value cls, GiltTuple *items) {
    gilt_gc_push_root(ts, OBJ_VAL(items));
    Getter *g = gilt_alloc_instance(ts, AS_TYPE(cls), sizeof(Getter));
    gilt_gc_pop_root(ts);
    if (!g)
        return VAL_NULL;
    g->items = items;
    return OBJ_VAL(g);
}

static int getter_args(GiltThread *ts, const char *name, int nargs, GiltTuple *kw) {
    if (kw && kw->len) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs < 2) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR, "%s expected 1 argument, got 0", name);
        return -1;
    }
    return 0;
}

static Value itemgetter_new(ARGS) {
    if (getter_args(ts, "itemgetter", nargs, kw) < 0)
        return VAL_NULL;
    GiltTuple *items = gilt_tuple_from(ts, args + 1, (size_t)nargs - 1);
    return items ? getter_make(ts, args[0], items) : VAL_NULL;
}

static Value itemgetter_call(GiltThread *ts, Value self, Value *args, int nargs,
                             GiltTuple *kwnames) {
    if (kwnames && kwnames->len)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "itemgetter() takes no keyword arguments");
    if (nargs != 1)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "itemgetter expected 1 argument, got %d",
                          nargs);
    GiltTuple *items = AS_GETTER(self)->items;
    if (items->len == 1)
        return gilt_getitem(ts, args[0], items->items[0]);
    GiltTuple *r = gilt_tuple_new(ts, items->len);
    if (!r)
        return VAL_NULL;
    gilt_gc_push_root(ts, OBJ_VAL(r));
    for (size_t i = 0; i < items->len; i++) {
        Value v = gilt_getitem(ts, args[0], items->items[i]);
        if (!v) {
            gilt_gc_pop_root(ts);
            return VAL_NULL;
        }
        r->items[i] = v;
    }
    gilt_gc_pop_root(ts);
    return OBJ_VAL(r);
}

// "operator.name(repr, repr, ...)" of [items] from [start].
static Value getter_repr(GiltThread *ts, Value self, GiltTuple *items, size_t start) {
    const char *tname = gilt_type_cname(AS_OBJ(self)->type);
    int rec = gilt_repr_enter(ts, self);
    if (rec)
        return rec < 0 ? VAL_NULL : gilt_str_printf(ts, "operator.%s(...)", tname);
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    gilt_strbuf_printf(ts, &b, "operator.%s(", tname);
    bool ok = true;
    for (size_t i = start; ok && i < items->len; i++) {
        if (i > start)
            gilt_strbuf_append_cstr(ts, &b, ", ");
        ok = gilt_strbuf_append_repr(ts, &b, items->items[i]);
    }
    GiltTuple *kn = AS_GETTER(self)->kwnames;
    for (size_t i = 0; ok && kn && i < kn->len; i++) {
        gilt_strbuf_append_cstr(ts, &b, ", ");
        gilt_strbuf_append_str(ts, &b, AS_STR(kn->items[i]));
        gilt_strbuf_append_char(ts, &b, '=');
        ok = gilt_strbuf_append_repr(ts, &b, AS_GETTER(self)->kwvalues->items[i]);
    }
    gilt_repr_leave(ts, self);
    if (!ok) {
        gilt_strbuf_free(ts, &b);
        return VAL_NULL;
    }
    gilt_strbuf_append_char(ts, &b, ')');
    return gilt_strbuf_finish(ts, &b);
}

static Value itemgetter_repr(ARGS) {
    return getter_repr(ts, args[0], AS_GETTER(args[0])->items, 0);
}

// An attrgetter path: "a.b.c" as a tuple of interned names.
static Value split_dotted(GiltThread *ts, Value attr) {
    if (!GILT_IS_SUB(ts, attr, GILT_TF_STR_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "attribute name must be a string");
    GiltStr *s = AS_STR(attr);
    size_t parts = 1;
    for (size_t i = 0; i < s->size; i++)
        parts += s->data[i] == '.';
    GiltTuple *t = gilt_tuple_new(ts, parts);
    if (!t)
        return VAL_NULL;
    size_t start = 0, k = 0;
    for (size_t i = 0; i <= s->size; i++) {
        if (i < s->size && s->data[i] != '.')
            continue;
        GiltStr *name = gilt_str_intern_n(ts, s->data + start, i - start);
        if (!name)
            return VAL_NULL;
        t->items[k++] = OBJ_VAL(name);
        start = i + 1;
    }
    return OBJ_VAL(t);
}

static Value attrgetter_new(ARGS) {
    if (getter_args(ts, "attrgetter", nargs, kw) < 0)
        return VAL_NULL;
    GiltTuple *items = gilt_tuple_new(ts, (size_t)nargs - 1);
    if (!items)
        return VAL_NULL;
    gilt_gc_push_root(ts, OBJ_VAL(items));
    for (int i = 1; i < nargs; i++)
        if (!(items->items[i - 1] = split_dotted(ts, args[i])))
            return VAL_NULL;
    // Keep the original strings for repr in kwvalues.
    Value g = getter_make(ts, args[0], items);
    if (!g)
        return VAL_NULL;
    gilt_gc_push_root(ts, g);
    AS_GETTER(g)->kwvalues = gilt_tuple_from(ts, args + 1, (size_t)nargs - 1);
    return AS_GETTER(g)->kwvalues ? g : VAL_NULL;
}

static Value get_path(GiltThread *ts, Value obj, GiltTuple *path) {
    for (size_t i = 0; obj && i < path->len; i++) {
        gilt_gc_push_root(ts, obj);
        Value next = gilt_getattr(ts, obj, AS_STR(path->items[i]));
        gilt_gc_pop_root(ts);
        obj = next;
    }
    return obj;
}

static Value attrgetter_call(GiltThread *ts, Value self, Value *args, int nargs,
                             GiltTuple *kwnames) {
    if (kwnames && kwnames->len)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "attrgetter() takes no keyword arguments");
    if (nargs != 1)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "attrgetter expected 1 argument, got %d",
                          nargs);
    GiltTuple *items = AS_GETTER(self)->items;
    if (items->len == 1)
        return get_path(ts, args[0], AS_TUPLE(items->items[0]));
    GiltTuple *r = gilt_tuple_new(ts, items->len);
    if (!r)
        return VAL_NULL;
    gilt_gc_push_root(ts, OBJ_VAL(r));
    for (size_t i = 0; i < items->len; i++) {
        Value v = get_path(ts, args[0], AS_TUPLE(items->items[i]));
        if (!v) {
            gilt_gc_pop_root(ts);
            return VAL_NULL;
        }
        r->items[i] = v;
    }
    gilt_gc_pop_root(ts);
    return OBJ_VAL(r);
}

static Value attrgetter_repr(ARGS) {
    // kwvalues holds the dotted names as given (kwnames is NULL here).
    return getter_repr(ts, args[0], AS_GETTER(args[0])->kwvalues, 0);
}

static Value methodcaller_new(ARGS) {
    if (nargs < 2)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "methodcaller needs at least one argument, the method name");
    if (!GILT_IS_SUB(ts, args[1], GILT_TF_STR_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "method name must be a string");
    GiltStr *name = gilt_str_intern(ts, AS_STR(args[1]));
    GiltTuple *items = name ? gilt_tuple_from(ts, args + 1, (size_t)nargs - 1) : NULL;
    if (!items)
        return VAL_NULL;
    items->items[0] = OBJ_VAL(name);
    Value g = getter_make(ts, args[0], items);
    if (!g || !kw || !kw->len)
        return g;
    gilt_gc_push_root(ts, g);
    AS_GETTER(g)->kwnames = kw;
    AS_GETTER(g)->kwvalues = gilt_tuple_from(ts, args + nargs, kw->len);
    return AS_GETTER(g)->kwvalues ? g : VAL_NULL;
}

static Value methodcaller_call(GiltThread *ts, Value self, Value *args, int nargs,
                               GiltTuple *kwnames) {
    if (kwnames && kwnames->len)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "methodcaller() takes no keyword arguments");
    if (nargs != 1)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "methodcaller expected 1 argument, got %d",
                          nargs);
    Getter *g = AS_GETTER(self);
    Value m = gilt_getattr(ts, args[0], AS_STR(g->items->items[0]));
    if (!m)
        return VAL_NULL;
    size_t npos = g->items->len - 1, nkw = g->kwnames ? g->kwnames->len : 0;
    Value small[16], *buf = small;
    if (npos + nkw > 16 && !(buf = gilt_mem_alloc(ts, (npos + nkw) * sizeof(Value))))
        return VAL_NULL;
    memcpy(buf, g->items->items + 1, npos * sizeof(Value));
    if (nkw)
        memcpy(buf + npos, g->kwvalues->items, nkw * sizeof(Value));
    gilt_gc_push_root(ts, m);
    Value r = gilt_call(ts, m, buf, (int)npos, nkw ? g->kwnames : NULL);
    gilt_gc_pop_root(ts);
    if (buf != small)
        gilt_mem_free(ts->vm, buf, (npos + nkw) * sizeof(Value));
    return r;
}

static Value methodcaller_repr(ARGS) {
    return getter_repr(ts, args[0], AS_GETTER(args[0])->items, 0);
}

static const GiltMethodDef itemgetter_methods[] = {
    {"__new__", itemgetter_new, 0, -1, GILT_M_STATIC | GILT_M_KW},
    {"__repr__", itemgetter_repr, 0, 0, 0},
    {NULL}};
static const GiltMethodDef attrgetter_methods[] = {
    {"__new__", attrgetter_new, 0, -1, GILT_M_STATIC | GILT_M_KW},
    {"__repr__", attrgetter_repr, 0, 0, 0},
    {NULL}};
static const GiltMethodDef methodcaller_methods[] = {
    {"__new__", methodcaller_new, 0, -1, GILT_M_STATIC | GILT_M_KW},
    {"__repr__", methodcaller_repr, 0, 0, 0},
    {NULL}};

#define GETTER_SPEC(n)                                                         \
    {.name = #n, .module = "operator", .basicsize = sizeof(Getter),           \
     .methods = n##_methods, .call = n##_call, .trace = getter_trace}

static const GiltTypeSpec getter_specs[] = {
    GETTER_SPEC(itemgetter), GETTER_SPEC(attrgetter), GETTER_SPEC(methodcaller)};

// ---- the module -----------------------------------------------------------------------

#define F1(n) {#n, op_##n, 1, 1, 0}
#define F2(n) {#n, op_##n, 2, 2, 0}

static const GiltMethodDef operator_functions[] = {
    F2(add), F2(sub), F2(mul), F2(matmul), F2(truediv), F2(floordiv), F2(mod),
    F2(pow), F2(lshift), F2(rshift), F2(and_), F2(or_), F2(xor), F2(iadd),
    F2(isub), F2(imul), F2(imatmul), F2(itruediv), F2(ifloordiv), F2(imod),
    F2(ipow), F2(ilshift), F2(irshift), F2(iand), F2(ior), F2(ixor), F2(lt),
    F2(le), F2(eq), F2(ne), F2(gt), F2(ge), F1(neg), F1(pos), F1(abs),
    {"inv", op_invert, 1, 1, 0}, F1(invert), F1(not_), F1(truth), F2(is_),
    F2(is_not), F1(index), F2(concat), F2(iconcat), F2(contains),
    F2(getitem), {"setitem", op_setitem, 3, 3, 0}, F2(delitem), F2(countOf),
    F2(indexOf), {"length_hint", op_length_hint, 1, 2, 0},
    {"call", op_call, 0, -1, GILT_M_KW},
    {NULL}};

// The functions that also have a dunder name: "and_" -> "__and__".
static int add_dunders(GiltThread *ts, Value m) {
    static const char *const skip[] = {"truth", "is_", "is_not", "countOf",
                                       "indexOf", "length_hint", NULL};
    for (const GiltMethodDef *d = operator_functions; d->name; d++) {
        bool skipped = false;
        for (int i = 0; skip[i]; i++)
            skipped |= !strcmp(skip[i], d->name);
        if (skipped)
            continue;
        char buf[64];
        size_t n = strlen(d->name);
        if (d->name[n - 1] == '_')
            n--;
        snprintf(buf, sizeof buf, "__%.*s__", (int)n, d->name);
        Value fn = gilt_module_get(ts, m, d->name);
        if (!fn || gilt_module_add(ts, m, buf, fn) < 0)
            return -1;
    }
    return 0;
}

static int operator_init(GiltThread *ts, Value m) {
    for (size_t i = 0; i < sizeof getter_specs / sizeof getter_specs[0]; i++) {
        GiltType *t = gilt_type_from_spec(ts, &getter_specs[i], GILT_T__COUNT);
        if (!t || gilt_module_add_type(ts, m, t) < 0)
            return -1;
    }
    return add_dunders(ts, m);
}

const GiltModuleDef gilt_module_operator = {
    .name = "operator",
    .doc = "Operator interface: the intrinsic operators of Python as functions.",
    .functions = operator_functions,
    .init = operator_init,
};
