/* iter.c - Iterator objects: the sequence iterator (iteration through
 * __getitem__), iter(callable, sentinel), and the builtin iterator types
 * enumerate, zip, map, filter and reversed.
 *
 * Each holds what it iterates in Value fields traced by the GC; an
 * exhausted iterator drops its references and stays exhausted, as
 * CPython's do. next() returns VAL_NULL without an exception at the end
 * (the iternext convention), so gilt_next's exhaustion passes through.
 */
#include "iter.h"

#include "../vm/gc.h"
#include "dict.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

typedef struct GiltSeqIter {
    GiltObject obj;
    Value seq; // VAL_NULL once exhausted
    int64_t index;
} GiltSeqIter;

typedef struct GiltCallIter {
    GiltObject obj;
    Value callable, sentinel; // VAL_NULL once exhausted
} GiltCallIter;

typedef struct GiltEnumerate {
    GiltObject obj;
    Value iter;
    int64_t index;
    Value big_index; // the index as an int value once past the small range
} GiltEnumerate;

typedef struct GiltZip {
    GiltObject obj;
    GiltTuple *iters;
    bool strict;
} GiltZip;

typedef struct GiltMap {
    GiltObject obj;
    Value func;
    GiltTuple *iters;
} GiltMap;

typedef struct GiltFilter {
    GiltObject obj;
    Value func; // None: truth of the item
    Value iter;
} GiltFilter;

typedef struct GiltReversed {
    GiltObject obj;
    Value seq; // VAL_NULL once exhausted
    int64_t index;
} GiltReversed;

#define SEQITER(v) ((GiltSeqIter *)AS_OBJ(v))
#define CALLITER(v) ((GiltCallIter *)AS_OBJ(v))

// ---- sequence iterator ------------------------------------------------------------

Value gilt_seqiter_new(GiltThread *ts, Value v) {
    GiltSeqIter *it = gilt_gc_alloc(ts, GILT_TYPE(ts, SEQ_ITER),
                                    sizeof(GiltSeqIter));
    if (!it)
        return VAL_NULL;
    it->seq = v;
    return OBJ_VAL(it);
}

// An IndexError or StopIteration from __getitem__ ends the iteration.
static bool end_of_sequence(GiltThread *ts) {
    if (!gilt_exc_matches(ts, GILT_EXC_INDEX_ERROR) &&
        !gilt_exc_matches(ts, GILT_EXC_STOP_ITERATION))
        return false;
    gilt_exc_clear(ts);
    return true;
}

static Value seqiter_next(GiltThread *ts, Value v) {
    GiltSeqIter *it = SEQITER(v);
    if (!it->seq)
        return VAL_NULL;
    Value i = gilt_int_from_i64(ts, it->index);
    Value r = i ? gilt_getitem(ts, it->seq, i) : VAL_NULL;
    if (r) {
        it->index++;
        return r;
    }
    if (end_of_sequence(ts))
        it->seq = VAL_NULL;
    return VAL_NULL;
}

static Value seqiter_hint(GiltThread *ts, Value *args, int nargs,
                          GiltTuple *kw) {
    GiltSeqIter *it = SEQITER(args[0]);
    if (!it->seq || !gilt_type_lookup(ts, gilt_typeof(ts, it->seq),
                                      GILT_NAME(ts, __len__)))
        return INT_VAL(0);
    int64_t n;
    if (gilt_len(ts, it->seq, &n) < 0)
        return VAL_NULL;
    return INT_VAL(n > it->index ? n - it->index : 0);
}

static void seqiter_trace(GiltGC *gc, GiltObject *o) {
    gilt_gc_mark(gc, ((GiltSeqIter *)o)->seq);
}

// ---- callable iterator ----------------------------------------------------------------

Value gilt_calliter_new(GiltThread *ts, Value callable, Value sentinel) {
    if (!gilt_callable(ts, callable))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "iter(v, w): v must be callable");
    GiltCallIter *it = gilt_gc_alloc(ts, GILT_TYPE(ts, CALL_ITER),
                                     sizeof(GiltCallIter));
    if (!it)
        return VAL_NULL;
    it->callable = callable;
    it->sentinel = sentinel;
    return OBJ_VAL(it);
}

static Value calliter_next(GiltThread *ts, Value v) {
    GiltCallIter *it = CALLITER(v);
    if (!it->callable)
        return VAL_NULL;
    Value r = gilt_call0(ts, it->callable);
    if (!r) {
        if (gilt_exc_matches(ts, GILT_EXC_STOP_ITERATION)) {
            gilt_exc_clear(ts);
            it->callable = it->sentinel = VAL_NULL;
        }
        return VAL_NULL;
    }
    gilt_gc_push_root(ts, r);
    int eq = gilt_eq(ts, it->sentinel, r);
    gilt_gc_pop_root(ts);
    if (eq == 0)
        return r;
    if (eq > 0)
        it->callable = it->sentinel = VAL_NULL;
    return VAL_NULL;
}

static void calliter_trace(GiltGC *gc, GiltObject *o) {
    gilt_gc_mark(gc, CALLITER(OBJ_VAL(o))->callable);
    gilt_gc_mark(gc, CALLITER(OBJ_VAL(o))->sentinel);
}

// ---- enumerate ---------------------------------------------------------------------

static Value enumerate_new(GiltThread *ts, Value *args, int nargs,
                           GiltTuple *kw) {
    static const char *const names[] = {"iterable", "start", NULL};
    Value a[2];
    int nkw = kw ? (int)kw->len : 0;
    if (nargs == 1 && !nkw)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "enumerate() missing required argument 'iterable'");
    // CPython's enumerate_vectorcall takes one keyword as the parameter
    // the positional ones leave: start after the iterable, else iterable.
    if (nkw == 1 && nargs <= 2) {
        const char *want = nargs == 2 ? "start" : "iterable";
        GiltStr *k = AS_STR(kw->items[0]);
        if (!gilt_str_eq_cstr(k, want))
            return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                              "'%s' is an invalid keyword argument for "
                              "enumerate()",
                              k->data);
    }
    if (gilt_parse_args(ts, "enumerate", args + 1, nargs - 1, kw, names, 1,
                        a) < 0)
        return VAL_NULL;
    Value start = INT_VAL(0);
    if (a[1] && !(start = gilt_index_value(ts, a[1])))
        return VAL_NULL;
    gilt_gc_push_root(ts, start);
    Value it = gilt_iter(ts, a[0]);
    if (!it)
        return VAL_NULL;
    gilt_gc_push_root(ts, it);
    GiltEnumerate *e = gilt_alloc_instance(ts, AS_TYPE(args[0]),
                                           sizeof(GiltEnumerate));
    if (!e)
        return VAL_NULL;
    e->iter = it;
    if (IS_INT(start))
        e->index = AS_INT(start);
    else
        e->big_index = start;
    return OBJ_VAL(e);
}

static Value enumerate_next(GiltThread *ts, Value v) {
    GiltEnumerate *e = (GiltEnumerate *)AS_OBJ(v);
    Value item = gilt_next(ts, e->iter);
    if (!item)
        return VAL_NULL;
    gilt_gc_push_root(ts, item);
    Value idx;
    if (!e->big_index && e->index < GILT_SMALLINT_MAX) {
        idx = INT_VAL(e->index++);
    } else {
        if (!e->big_index)
            e->big_index = INT_VAL(e->index);
        idx = e->big_index;
        Value n = gilt_int_binop(ts, idx, INT_VAL(1), GILT_OP_ADD);
        if (!n) {
            gilt_gc_pop_root(ts);
            return VAL_NULL;
        }
        e->big_index = n;
    }
    Value r = gilt_tuple_pack(ts, 2, idx, item);
    gilt_gc_pop_root(ts);
    return r;
}

static void enumerate_trace(GiltGC *gc, GiltObject *o) {
    GiltEnumerate *e = (GiltEnumerate *)o;
    gilt_gc_mark(gc, e->iter);
    gilt_gc_mark(gc, e->big_index);
}

// iter() of each of args[0..n) into a new tuple; NULL on error.
static GiltTuple *iter_all(GiltThread *ts, Value *args, int n) {
    GiltTuple *t = gilt_tuple_new(ts, (size_t)n);
    if (!t)
        return NULL;
    gilt_gc_push_root(ts, OBJ_VAL(t));
    for (int i = 0; i < n; i++) {
        Value it = gilt_iter(ts, args[i]);
        if (!it) {
            gilt_gc_pop_root(ts);
            return NULL;
        }
        t->items[i] = it;
    }
    gilt_gc_pop_root(ts);
    return t;
}

// ---- zip -----------------------------------------------------------------------------

static Value zip_new(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    bool strict = false;
    if (kw && kw->len > 1)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "zip() takes at most 1 keyword argument (%zu given)",
                          kw->len);
    for (size_t i = 0; kw && i < kw->len; i++) {
        GiltStr *name = AS_STR(kw->items[i]);
        if (!gilt_str_eq_cstr(name, "strict"))
            return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                              "'%s' is an invalid keyword argument for zip()",
                              name->data);
        int t = gilt_truthy(ts, args[nargs + (int)i]);
        if (t < 0)
            return VAL_NULL;
        strict = t;
    }
    GiltTuple *iters = iter_all(ts, args + 1, nargs - 1);
    if (!iters)
        return VAL_NULL;
    gilt_gc_push_root(ts, OBJ_VAL(iters));
    GiltZip *z = gilt_alloc_instance(ts, AS_TYPE(args[0]), sizeof(GiltZip));
    if (!z)
        return VAL_NULL;
    z->iters = iters;
    z->strict = strict;
    return OBJ_VAL(z);
}

static Value zip_length_error(GiltThread *ts, size_t i, bool shorter) {
    return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                      "zip() argument %zu is %s than argument%s%zu", i + 1,
                      shorter ? "shorter" : "longer", i == 1 ? " " : "s 1-", i);
}

// zip(strict=True) found iterator [i] exhausted: check the others are too.
static Value zip_check(GiltThread *ts, GiltZip *z, size_t i) {
    if (ts->exc)
        return VAL_NULL;
    if (i)
        return zip_length_error(ts, i, true);
    for (i = 1; i < z->iters->len; i++) {
        Value item = gilt_next(ts, z->iters->items[i]);
        if (item)
            return zip_length_error(ts, i, false);
        if (ts->exc)
            return VAL_NULL;
    }
    return VAL_NULL;
}

static Value zip_next(GiltThread *ts, Value v) {
    GiltZip *z = (GiltZip *)AS_OBJ(v);
    size_t n = z->iters->len;
    if (n == 0)
        return VAL_NULL;
    GiltTuple *r = gilt_tuple_new(ts, n);
    if (!r)
        return VAL_NULL;
    gilt_gc_push_root(ts, OBJ_VAL(r));
    for (size_t i = 0; i < n; i++) {
        Value item = gilt_next(ts, z->iters->items[i]);
        if (!item) {
            gilt_gc_pop_root(ts);
            return z->strict ? zip_check(ts, z, i) : VAL_NULL;
        }
        r->items[i] = item;
    }
    gilt_gc_pop_root(ts);
    return OBJ_VAL(r);
}

static void zip_trace(GiltGC *gc, GiltObject *o) {
    gilt_gc_mark_obj(gc, (GiltObject *)((GiltZip *)o)->iters);
}

// ---- map ------------------------------------------------------------------------------

static Value map_new(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    if (gilt_no_kwargs(ts, "map", kw) < 0)
        return VAL_NULL;
    if (nargs < 3)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "map() must have at least two arguments.");
    GiltTuple *iters = iter_all(ts, args + 2, nargs - 2);
    if (!iters)
        return VAL_NULL;
    gilt_gc_push_root(ts, OBJ_VAL(iters));
    GiltMap *m = gilt_alloc_instance(ts, AS_TYPE(args[0]), sizeof(GiltMap));
    if (!m)
        return VAL_NULL;
    m->func = args[1];
    m->iters = iters;
    return OBJ_VAL(m);
}

static Value map_next(GiltThread *ts, Value v) {
    GiltMap *m = (GiltMap *)AS_OBJ(v);
    size_t n = m->iters->len;
    if (n == 1) {
        Value item = gilt_next(ts, m->iters->items[0]);
        if (!item)
            return VAL_NULL;
        gilt_gc_push_root(ts, item);
        Value r = gilt_call1(ts, m->func, item);
        gilt_gc_pop_root(ts);
        return r;
    }
    GiltTuple *a = gilt_tuple_new(ts, n);
    if (!a)
        return VAL_NULL;
    gilt_gc_push_root(ts, OBJ_VAL(a));
    Value r = VAL_NULL;
    for (size_t i = 0; i < n; i++)
        if (!(a->items[i] = gilt_next(ts, m->iters->items[i])))
            goto done;
    r = gilt_call(ts, m->func, a->items, (int)n, NULL);
done:
    gilt_gc_pop_root(ts);
    return r;
}

static void map_trace(GiltGC *gc, GiltObject *o) {
    gilt_gc_mark(gc, ((GiltMap *)o)->func);
    gilt_gc_mark_obj(gc, (GiltObject *)((GiltMap *)o)->iters);
}

// ---- filter ----------------------------------------------------------------------------

static Value filter_new(GiltThread *ts, Value *args, int nargs,
                        GiltTuple *kw) {
    if (gilt_no_kwargs(ts, "filter", kw) < 0)
        return VAL_NULL;
    if (nargs != 3)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "filter expected 2 arguments, got %d", nargs - 1);
    Value it = gilt_iter(ts, args[2]);
    if (!it)
        return VAL_NULL;
    gilt_gc_push_root(ts, it);
    GiltFilter *f = gilt_alloc_instance(ts, AS_TYPE(args[0]),
                                        sizeof(GiltFilter));
    if (!f)
        return VAL_NULL;
    f->func = args[1];
    f->iter = it;
    return OBJ_VAL(f);
}

static Value filter_next(GiltThread *ts, Value v) {
    GiltFilter *f = (GiltFilter *)AS_OBJ(v);
    bool plain = f->func == VAL_NONE ||
                 f->func == OBJ_VAL(GILT_TYPE(ts, BOOL));
    for (;;) {
        Value item = gilt_next(ts, f->iter);
        if (!item)
            return VAL_NULL;
        size_t mark = gilt_gc_roots_mark(ts);
        gilt_gc_push_root(ts, item);
        int ok;
        if (plain) {
            ok = gilt_truthy(ts, item);
        } else {
            Value r = gilt_call1(ts, f->func, item);
            ok = r ? gilt_truthy(ts, r) : -1;
        }
        gilt_gc_roots_restore(ts, mark);
        if (ok)
            return ok < 0 ? VAL_NULL : item;
    }
}

static void filter_trace(GiltGC *gc, GiltObject *o) {
    gilt_gc_mark(gc, ((GiltFilter *)o)->func);
    gilt_gc_mark(gc, ((GiltFilter *)o)->iter);
}

// ---- reversed -------------------------------------------------------------------------

static Value not_reversible(GiltThread *ts, Value seq) {
    return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "'%T' object is not reversible",
                      seq);
}

static Value reversed_new(GiltThread *ts, Value *args, int nargs,
                          GiltTuple *kw) {
    if (gilt_no_kwargs(ts, "reversed", kw) < 0)
        return VAL_NULL;
    if (nargs != 2)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "reversed expected 1 argument, got %d", nargs - 1);
    Value seq = args[1];
    GiltType *t = gilt_typeof(ts, seq);
    Value m = gilt_type_lookup(ts, t, GILT_NAME(ts, __reversed__));
    if (m == VAL_NONE)
        return not_reversible(ts, seq);
    if (m)
        return gilt_call_with_self(ts, m, seq, NULL, 0, NULL);
    if (!gilt_type_lookup(ts, t, GILT_NAME(ts, __getitem__)) ||
        GILT_IS_SUB(ts, seq, GILT_TF_DICT_SUB))
        return not_reversible(ts, seq);
    int64_t n;
    if (gilt_len(ts, seq, &n) < 0)
        return VAL_NULL;
    GiltReversed *r = gilt_alloc_instance(ts, AS_TYPE(args[0]),
                                          sizeof(GiltReversed));
    if (!r)
        return VAL_NULL;
    r->seq = seq;
    r->index = n - 1;
    return OBJ_VAL(r);
}

static Value reversed_next(GiltThread *ts, Value v) {
    GiltReversed *r = (GiltReversed *)AS_OBJ(v);
    if (r->seq && r->index >= 0) {
        Value i = gilt_int_from_i64(ts, r->index);
        Value item = i ? gilt_getitem(ts, r->seq, i) : VAL_NULL;
        if (item) {
            r->index--;
            return item;
        }
        if (!end_of_sequence(ts))
            return VAL_NULL;
    }
    r->index = -1;
    r->seq = VAL_NULL;
    return VAL_NULL;
}

static Value reversed_hint(GiltThread *ts, Value *args, int nargs,
                           GiltTuple *kw) {
    GiltReversed *r = (GiltReversed *)AS_OBJ(args[0]);
    if (!r->seq)
        return INT_VAL(0);
    int64_t n;
    if (gilt_len(ts, r->seq, &n) < 0)
        return VAL_NULL;
    return INT_VAL(n < r->index + 1 ? 0 : r->index + 1);
}

static void reversed_trace(GiltGC *gc, GiltObject *o) {
    gilt_gc_mark(gc, ((GiltReversed *)o)->seq);
}

// ---- types ----------------------------------------------------------------------------

static const GiltMethodDef seqiter_methods[] = {
    {"__iter__", gilt_iter_self, 0, 0, 0},
    {"__length_hint__", seqiter_hint, 0, 0, 0},
    {NULL}};

static const GiltMethodDef plain_iter_methods[] = {
    {"__iter__", gilt_iter_self, 0, 0, 0}, {NULL}};

#define ITER_NEW_METHODS(name, fn)                                             \
    static const GiltMethodDef name[] = {                                      \
        {"__new__", fn, 0, -1, GILT_M_STATIC | GILT_M_KW},                     \
        {"__iter__", gilt_iter_self, 0, 0, 0},                                 \
        {NULL}};
ITER_NEW_METHODS(enumerate_methods, enumerate_new)
ITER_NEW_METHODS(zip_methods, zip_new)
ITER_NEW_METHODS(map_methods, map_new)
ITER_NEW_METHODS(filter_methods, filter_new)

static const GiltMethodDef reversed_methods[] = {
    {"__new__", reversed_new, 0, -1, GILT_M_STATIC | GILT_M_KW},
    {"__iter__", gilt_iter_self, 0, 0, 0},
    {"__length_hint__", reversed_hint, 0, 0, 0},
    {NULL}};

#define SPEC(nm, T, m, next, tr, fl)                                           \
    {.name = nm, .basicsize = sizeof(T), .methods = m, .iternext = next,       \
     .trace = tr, .flags = fl}

int gilt_iter_init_types(GiltThread *ts) {
    static const GiltTypeSpec specs[] = {
        SPEC("iterator", GiltSeqIter, seqiter_methods, seqiter_next,
             seqiter_trace, 0),
        SPEC("callable_iterator", GiltCallIter, plain_iter_methods,
             calliter_next, calliter_trace, 0),
        SPEC("enumerate", GiltEnumerate, enumerate_methods, enumerate_next,
             enumerate_trace, GILT_TF_BASETYPE),
        SPEC("zip", GiltZip, zip_methods, zip_next, zip_trace,
             GILT_TF_BASETYPE),
        SPEC("map", GiltMap, map_methods, map_next, map_trace,
             GILT_TF_BASETYPE),
        SPEC("filter", GiltFilter, filter_methods, filter_next, filter_trace,
             GILT_TF_BASETYPE),
        SPEC("reversed", GiltReversed, reversed_methods, reversed_next,
             reversed_trace, GILT_TF_BASETYPE),
    };
    static const GiltTypeId ids[] = {
        GILT_T_SEQ_ITER, GILT_T_CALL_ITER, GILT_T_ENUMERATE, GILT_T_ZIP,
        GILT_T_MAP,      GILT_T_FILTER,    GILT_T_REVERSED};
    for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++)
        if (!gilt_type_from_spec(ts, &specs[i], ids[i]))
            return -1;
    return 0;
}
