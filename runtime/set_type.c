/* set_type.c - The set and frozenset types: operators, comparisons, repr,
 * hash, set_iterator, GC hooks and registration. Methods are in
 * set_methods.c, the table in set.c.
 */
#include "set.h"

#include "../vm/gc.h"
#include "dict.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "type.h"

#define SELF AS_SET(args[0])

// ---- operators --------------------------------------------------------------------

static bool both_sets(GiltThread *ts, Value a, Value b) {
    return GILT_IS_ANYSET(ts, a) && GILT_IS_ANYSET(ts, b);
}

static Value or_impl(GiltThread *ts, Value a, Value b) {
    if (!both_sets(ts, a, b))
        return VAL_NOTIMPL;
    Value r = gilt_set_copy(ts, a);
    if (!r || a == b)
        return r;
    gilt_gc_push_root(ts, r);
    int rc = gilt_set_update(ts, AS_SET(r), b);
    gilt_gc_pop_root(ts);
    return rc < 0 ? VAL_NULL : r;
}

static Value and_impl(GiltThread *ts, Value a, Value b) {
    if (!both_sets(ts, a, b))
        return VAL_NOTIMPL;
    return gilt_set_intersection(ts, AS_SET(a), b);
}

static Value sub_impl(GiltThread *ts, Value a, Value b) {
    if (!both_sets(ts, a, b))
        return VAL_NOTIMPL;
    return gilt_set_difference(ts, a, b);
}

static Value xor_impl(GiltThread *ts, Value a, Value b) {
    if (!both_sets(ts, a, b))
        return VAL_NOTIMPL;
    return gilt_set_symmetric_difference(ts, a, b);
}

#define BINOP(name, impl)                                                      \
    static Value name(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) { \
        return impl(ts, args[0], args[1]);                                     \
    }                                                                          \
    static Value name##_r(GiltThread *ts, Value *args, int nargs,             \
                          GiltTuple *kw) {                                     \
        return impl(ts, args[1], args[0]);                                     \
    }
BINOP(set_or, or_impl)
BINOP(set_and, and_impl)
BINOP(set_sub, sub_impl)
BINOP(set_xor, xor_impl)

static Value set_ior(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    if (!both_sets(ts, args[0], args[1]))
        return VAL_NOTIMPL;
    return gilt_set_update(ts, SELF, args[1]) < 0 ? VAL_NULL : args[0];
}

static Value set_iand(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    if (!both_sets(ts, args[0], args[1]))
        return VAL_NOTIMPL;
    Value r = gilt_set_intersection(ts, SELF, args[1]);
    if (!r)
        return VAL_NULL;
    gilt_set_swap_bodies(SELF, AS_SET(r));
    return args[0];
}

static Value set_isub(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    if (!both_sets(ts, args[0], args[1]))
        return VAL_NOTIMPL;
    return gilt_set_difference_update(ts, SELF, args[1]) < 0 ? VAL_NULL
                                                             : args[0];
}

static Value set_ixor(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    if (!both_sets(ts, args[0], args[1]))
        return VAL_NOTIMPL;
    return gilt_set_symmetric_difference_update(ts, SELF, args[1]) < 0
               ? VAL_NULL
               : args[0];
}

// ---- comparisons -------------------------------------------------------------------

static Value set_compare(GiltThread *ts, Value *args, GiltCompareOp op) {
    Value a = args[0], b = args[1];
    if (!GILT_IS_ANYSET(ts, b))
        return VAL_NOTIMPL;
    GiltSet *x = AS_SET(a), *y = AS_SET(b);
    int r;
    switch (op) {
    case GILT_EQ:
    case GILT_NE:
        if (x->used != y->used)
            r = 0;
        else if (x->hash != -1 && y->hash != -1 && x->hash != y->hash)
            r = 0;
        else
            r = gilt_set_issubset(ts, a, b);
        if (op == GILT_NE && r >= 0)
            r = !r;
        break;
    case GILT_LE:
        r = gilt_set_issubset(ts, a, b);
        break;
    case GILT_GE:
        r = gilt_set_issuperset(ts, a, b);
        break;
    case GILT_LT:
        r = x->used < y->used ? gilt_set_issubset(ts, a, b) : 0;
        break;
    default:
        r = x->used > y->used ? gilt_set_issuperset(ts, a, b) : 0;
        break;
    }
    return r < 0 ? VAL_NULL : BOOL_VAL(r);
}

#define SET_CMP(name, op)                                                      \
    static Value name(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) { \
        return set_compare(ts, args, op);                                      \
    }
SET_CMP(set_eq, GILT_EQ)
SET_CMP(set_ne, GILT_NE)
SET_CMP(set_lt, GILT_LT)
SET_CMP(set_le, GILT_LE)
SET_CMP(set_gt, GILT_GT)
SET_CMP(set_ge, GILT_GE)

// ---- repr and hash ------------------------------------------------------------------

static Value set_repr(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    const char *name = gilt_type_name(ts, args[0]);
    int st = gilt_repr_enter(ts, args[0]);
    if (st)
        return st < 0 ? VAL_NULL : gilt_str_printf(ts, "%s(...)", name);
    GiltSet *s = SELF;
    Value r = VAL_NULL;
    if (s->used == 0) {
        r = gilt_str_printf(ts, "%s()", name);
        goto done;
    }
    GiltList *keys = gilt_list_new(ts, s->used);
    if (!keys)
        goto done;
    Value k;
    for (size_t pos = 0; gilt_set_next(s, &pos, &k, NULL);)
        keys->items[keys->len++] = k;
    gilt_gc_push_root(ts, OBJ_VAL(keys));
    bool exact = GILT_IS(ts, args[0], SET);
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    if (!exact)
        gilt_strbuf_printf(ts, &b, "%s(", name);
    gilt_strbuf_append_char(ts, &b, '{');
    for (size_t i = 0; i < keys->len; i++) {
        if (i)
            gilt_strbuf_append_cstr(ts, &b, ", ");
        if (!gilt_strbuf_append_repr(ts, &b, keys->items[i]))
            break;
    }
    gilt_strbuf_append_cstr(ts, &b, exact ? "}" : "})");
    r = gilt_strbuf_finish(ts, &b);
    gilt_gc_pop_root(ts);
done:
    gilt_repr_leave(ts, args[0]);
    return r;
}

static Value frozenset_hash(GiltThread *ts, Value *args, int nargs,
                            GiltTuple *kw) {
    return gilt_int_from_i64(ts, gilt_set_hash(SELF));
}

// ---- set_iterator ---------------------------------------------------------------------

typedef struct GiltSetIter {
    GiltObject obj;
    GiltSet *set; // NULL once exhausted
    size_t pos;
    size_t used; // the set's size when iteration began; SIZE_MAX: failed
    size_t len;  // items left
} GiltSetIter;

static Value set_iter(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltSetIter *it = gilt_gc_alloc(ts, GILT_TYPE(ts, SET_ITER),
                                    sizeof(GiltSetIter));
    if (!it)
        return VAL_NULL;
    it->set = SELF;
    it->used = it->len = SELF->used;
    return OBJ_VAL(it);
}

static Value setiter_next(GiltThread *ts, Value v) {
    GiltSetIter *it = (GiltSetIter *)AS_OBJ(v);
    GiltSet *s = it->set;
    if (!s)
        return VAL_NULL;
    if (it->used != s->used) {
        it->used = SIZE_MAX;
        return gilt_raise(ts, GILT_EXC_RUNTIME_ERROR,
                          "Set changed size during iteration");
    }
    Value k;
    if (!gilt_set_next(s, &it->pos, &k, NULL)) {
        it->set = NULL;
        return VAL_NULL;
    }
    it->len--;
    return k;
}

static Value setiter_hint(GiltThread *ts, Value *args, int nargs,
                          GiltTuple *kw) {
    GiltSetIter *it = (GiltSetIter *)AS_OBJ(args[0]);
    if (it->set && it->used == it->set->used)
        return INT_VAL((int64_t)it->len);
    return INT_VAL(0);
}

static void setiter_trace(GiltGC *gc, GiltObject *o) {
    gilt_gc_mark_obj(gc, (GiltObject *)((GiltSetIter *)o)->set);
}

// ---- types ------------------------------------------------------------------------------

static void set_trace(GiltGC *gc, GiltObject *o) {
    GiltSet *s = (GiltSet *)o;
    for (size_t i = 0; i <= s->mask; i++)
        gilt_gc_mark(gc, s->table[i].key);
}

static void set_free(GiltVM *vm, GiltObject *o) {
    GiltSet *s = (GiltSet *)o;
    if (s->table && s->table != s->small)
        gilt_mem_free(vm, s->table, 0);
}

static const GiltMethodDef anyset_ops[] = {
    {"__or__", set_or, 1, 1, 0},
    {"__ror__", set_or_r, 1, 1, 0},
    {"__and__", set_and, 1, 1, 0},
    {"__rand__", set_and_r, 1, 1, 0},
    {"__sub__", set_sub, 1, 1, 0},
    {"__rsub__", set_sub_r, 1, 1, 0},
    {"__xor__", set_xor, 1, 1, 0},
    {"__rxor__", set_xor_r, 1, 1, 0},
    {"__eq__", set_eq, 1, 1, 0},
    {"__ne__", set_ne, 1, 1, 0},
    {"__lt__", set_lt, 1, 1, 0},
    {"__le__", set_le, 1, 1, 0},
    {"__gt__", set_gt, 1, 1, 0},
    {"__ge__", set_ge, 1, 1, 0},
    {"__repr__", set_repr, 0, 0, 0},
    {"__iter__", set_iter, 0, 0, 0},
    {NULL}};

static const GiltMethodDef set_inplace_ops[] = {
    {"__ior__", set_ior, 1, 1, 0},
    {"__iand__", set_iand, 1, 1, 0},
    {"__isub__", set_isub, 1, 1, 0},
    {"__ixor__", set_ixor, 1, 1, 0},
    {NULL}};

static const GiltMethodDef frozenset_hash_def[] = {
    {"__hash__", frozenset_hash, 0, 0, 0}, {NULL}};

static const GiltMethodDef setiter_methods[] = {
    {"__iter__", gilt_iter_self, 0, 0, 0},
    {"__length_hint__", setiter_hint, 0, 0, 0},
    {NULL}};

static int add_all(GiltThread *ts, GiltType *t, const GiltMethodDef *a,
                   const GiltMethodDef *b, const GiltMethodDef *c) {
    return gilt_type_add_methods(ts, t, a) < 0 ||
                   gilt_type_add_methods(ts, t, b) < 0 ||
                   gilt_type_add_methods(ts, t, c) < 0
               ? -1
               : 0;
}

int gilt_set_init_types(GiltThread *ts) {
    static const GiltTypeSpec set_spec = {
        .name = "set",
        .basicsize = sizeof(GiltSet),
        .flags = GILT_TF_BASETYPE | GILT_TF_SET_SUB,
        .methods = gilt_set_methods,
        .trace = set_trace,
        .free = set_free,
    };
    static const GiltTypeSpec frozenset_spec = {
        .name = "frozenset",
        .basicsize = sizeof(GiltSet),
        .flags = GILT_TF_BASETYPE | GILT_TF_SET_SUB,
        .methods = gilt_frozenset_methods,
        .trace = set_trace,
        .free = set_free,
    };
    static const GiltTypeSpec iter_spec = {
        .name = "set_iterator",
        .basicsize = sizeof(GiltSetIter),
        .methods = setiter_methods,
        .iternext = setiter_next,
        .trace = setiter_trace,
    };
    GiltType *set = gilt_type_from_spec(ts, &set_spec, GILT_T_SET);
    GiltType *fs = gilt_type_from_spec(ts, &frozenset_spec, GILT_T_FROZENSET);
    if (!set || !fs || !gilt_type_from_spec(ts, &iter_spec, GILT_T_SET_ITER))
        return -1;
    if (add_all(ts, set, gilt_anyset_methods, anyset_ops, set_inplace_ops) < 0 ||
        add_all(ts, fs, gilt_anyset_methods, anyset_ops, frozenset_hash_def) < 0)
        return -1;
    if (gilt_dict_set_str(ts, set->dict, GILT_NAME(ts, __hash__), VAL_NONE) < 0)
        return -1;
    gilt_type_modified(ts, set);
    return 0;
}
