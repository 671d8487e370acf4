/* tuple_methods.c - tuple's methods and dunders, and tuple_iterator.
 *
 * Exact tuples are immutable values, so operations that would copy an
 * exact tuple unchanged (t[:], t * 1, t + ()) return it, as CPython does;
 * results are always exact tuples, whatever self's class.
 */
#include "tuple.h"

#include "../vm/gc.h"
#include "dict.h"
#include "int.h"
#include "list.h"
#include "slice.h"
#include "str.h"
#include "type.h"

#define SELF AS_TUPLE(args[0])

// A tuple-subclass instance of [cls] holding items[0..n).
static Value new_subclass_instance(GiltThread *ts, GiltType *cls,
                                   const Value *items, size_t n) {
    size_t size = gilt_mem_size(n, sizeof(Value));
    if (size > (SIZE_MAX >> 3))
        return gilt_raise_nomem(ts);
    GiltTuple *t = gilt_alloc_instance(ts, cls, offsetof(GiltTuple, items) + size);
    if (!t)
        return VAL_NULL;
    t->len = n;
    if (n)
        memcpy(t->items, items, n * sizeof(Value));
    return OBJ_VAL(t);
}

static Value tuple_new(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    if (gilt_no_kwargs(ts, "tuple", kw) < 0)
        return VAL_NULL;
    if (nargs > 2)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "tuple expected at most 1 argument, got %d",
                          nargs - 1);
    GiltType *cls = AS_TYPE(args[0]);
    Value t = nargs == 2 ? gilt_tuple_from_iterable(ts, args[1])
                         : ts->vm->empty_tuple;
    if (!t || cls == GILT_TYPE(ts, TUPLE))
        return t;
    gilt_gc_push_root(ts, t);
    Value r = new_subclass_instance(ts, cls, AS_TUPLE(t)->items,
                                    AS_TUPLE(t)->len);
    gilt_gc_pop_root(ts);
    return r;
}

// ---- search ----------------------------------------------------------------------------

static int64_t find_item(GiltThread *ts, GiltTuple *t, Value x, int64_t lo,
                         int64_t hi) {
    for (int64_t i = lo; i < hi && (uint64_t)i < t->len; i++) {
        Value item = t->items[i];
        if (item == x)
            return i;
        int eq = gilt_eq(ts, item, x);
        if (eq < 0)
            return -2;
        if (eq)
            return i;
    }
    return -1;
}

static int index_bound(GiltThread *ts, Value v, int64_t len, int64_t *out) {
    if (gilt_slice_clamp_index(ts, v, false, out) < 0)
        return -1;
    if (*out < 0) {
        *out += len;
        if (*out < 0)
            *out = 0;
    }
    return 0;
}

static Value tuple_index(GiltThread *ts, Value *args, int nargs,
                         GiltTuple *kw) {
    GiltTuple *t = SELF;
    int64_t lo = 0, hi = INT64_MAX;
    if (nargs > 2 && index_bound(ts, args[2], (int64_t)t->len, &lo) < 0)
        return VAL_NULL;
    if (nargs > 3 && index_bound(ts, args[3], (int64_t)t->len, &hi) < 0)
        return VAL_NULL;
    int64_t i = find_item(ts, t, args[1], lo, hi);
    if (i == -2)
        return VAL_NULL;
    if (i < 0)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                          "tuple.index(x): x not in tuple");
    return INT_VAL(i);
}

static Value tuple_count(GiltThread *ts, Value *args, int nargs,
                         GiltTuple *kw) {
    GiltTuple *t = SELF;
    int64_t n = 0;
    for (size_t i = 0; i < t->len; i++) {
        int eq = gilt_eq(ts, t->items[i], args[1]);
        if (eq < 0)
            return VAL_NULL;
        n += eq;
    }
    return INT_VAL(n);
}

static Value tuple_contains(GiltThread *ts, Value *args, int nargs,
                            GiltTuple *kw) {
    int64_t i = find_item(ts, SELF, args[1], 0, INT64_MAX);
    return i == -2 ? VAL_NULL : BOOL_VAL(i >= 0);
}

// ---- subscript -----------------------------------------------------------------------

static bool is_exact(GiltThread *ts, Value v) {
    return AS_OBJ(v)->type == GILT_TYPE(ts, TUPLE);
}

static Value tuple_slice(GiltThread *ts, Value self, Value key) {
    GiltTuple *t = AS_TUPLE(self);
    int64_t start, stop, step;
    int64_t n = gilt_slice_indices(ts, key, (int64_t)t->len, &start, &stop,
                                   &step);
    if (n < 0)
        return VAL_NULL;
    if (step == 1 && n == (int64_t)t->len && is_exact(ts, self))
        return self;
    if (step == 1) {
        GiltTuple *r = gilt_tuple_from(ts, t->items + start, (size_t)n);
        return r ? OBJ_VAL(r) : VAL_NULL;
    }
    GiltTuple *r = gilt_tuple_new(ts, (size_t)n);
    if (!r)
        return VAL_NULL;
    for (int64_t i = 0, cur = start; i < n; i++, cur += step)
        r->items[i] = t->items[cur];
    return OBJ_VAL(r);
}

static Value tuple_getitem(GiltThread *ts, Value *args, int nargs,
                           GiltTuple *kw) {
    GiltTuple *t = SELF;
    int64_t i;
    int r = gilt_slice_subscript(ts, args[1], "tuple", &i);
    if (r < 0)
        return VAL_NULL;
    if (r)
        return tuple_slice(ts, args[0], args[1]);
    if (i < 0)
        i += (int64_t)t->len;
    if (i < 0 || (uint64_t)i >= t->len)
        return gilt_raise(ts, GILT_EXC_INDEX_ERROR, "tuple index out of range");
    return t->items[i];
}

// ---- operators ------------------------------------------------------------------------

static Value tuple_add(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    if (!GILT_IS_SUB(ts, args[1], GILT_TF_TUPLE_SUB))
        return VAL_NOTIMPL;
    GiltTuple *a = SELF, *b = AS_TUPLE(args[1]);
    if (b->len == 0 && is_exact(ts, args[0]))
        return args[0];
    if (a->len == 0 && is_exact(ts, args[1]))
        return args[1];
    GiltTuple *r = gilt_tuple_new(ts, a->len + b->len);
    if (!r)
        return VAL_NULL;
    memcpy(r->items, a->items, a->len * sizeof(Value));
    memcpy(r->items + a->len, b->items, b->len * sizeof(Value));
    return OBJ_VAL(r);
}

static Value tuple_mul(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    int64_t n;
    int r = gilt_list_repeat_count(ts, args[1], &n);
    if (r)
        return r < 0 ? VAL_NULL : VAL_NOTIMPL;
    GiltTuple *t = SELF;
    size_t len = t->len;
    if (n <= 0 || len == 0)
        return ts->vm->empty_tuple;
    if (n == 1 && is_exact(ts, args[0]))
        return args[0];
    if ((uint64_t)n > (SIZE_MAX >> 4) / len)
        return gilt_raise_nomem(ts);
    size_t total = len * (size_t)n;
    GiltTuple *res = gilt_tuple_new(ts, total);
    if (!res)
        return VAL_NULL;
    gilt_list_repeat_fill(res->items, t->items, len, total);
    return OBJ_VAL(res);
}

static Value tuple_len(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return INT_VAL((int64_t)SELF->len);
}

static Value tuple_hash_m(GiltThread *ts, Value *args, int nargs,
                          GiltTuple *kw) {
    int64_t h;
    if (gilt_tuple_hash(ts, SELF, &h) < 0)
        return VAL_NULL;
    return gilt_int_from_i64(ts, h);
}

static Value tuple_getnewargs(GiltThread *ts, Value *args, int nargs,
                              GiltTuple *kw) {
    GiltTuple *t = gilt_tuple_from(ts, SELF->items, SELF->len);
    if (!t)
        return VAL_NULL;
    Value v = OBJ_VAL(t);
    return gilt_tuple_pack(ts, 1, v);
}

static Value tuple_compare(GiltThread *ts, Value *args, GiltCompareOp op) {
    if (!GILT_IS_SUB(ts, args[1], GILT_TF_TUPLE_SUB))
        return VAL_NOTIMPL;
    GiltTuple *a = SELF, *b = AS_TUPLE(args[1]);
    Value *ia = a->items, *ib = b->items;
    return gilt_list_compare_items(ts, &ia, &a->len, &ib, &b->len, op);
}

#define TUPLE_CMP(name, op)                                                    \
    static Value name(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) { \
        return tuple_compare(ts, args, op);                                    \
    }
TUPLE_CMP(tuple_eq, GILT_EQ)
TUPLE_CMP(tuple_ne, GILT_NE)
TUPLE_CMP(tuple_lt, GILT_LT)
TUPLE_CMP(tuple_le, GILT_LE)
TUPLE_CMP(tuple_gt, GILT_GT)
TUPLE_CMP(tuple_ge, GILT_GE)

static Value tuple_repr(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltTuple *t = SELF;
    if (t->len == 0)
        return gilt_str_from_cstr(ts, "()");
    int r = gilt_repr_enter(ts, args[0]);
    if (r)
        return r < 0 ? VAL_NULL : gilt_str_from_cstr(ts, "(...)");
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    gilt_strbuf_append_char(ts, &b, '(');
    for (size_t i = 0; i < t->len; i++) {
        if (i)
            gilt_strbuf_append_cstr(ts, &b, ", ");
        if (!gilt_strbuf_append_repr(ts, &b, t->items[i]))
            break;
    }
    gilt_strbuf_append_cstr(ts, &b, t->len == 1 ? ",)" : ")");
    gilt_repr_leave(ts, args[0]);
    return gilt_strbuf_finish(ts, &b);
}

// ---- tuple_iterator --------------------------------------------------------------------

static Value tuple_iter(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltTupleIter *it = gilt_gc_alloc(ts, GILT_TYPE(ts, TUPLE_ITER),
                                      sizeof(GiltTupleIter));
    if (!it)
        return VAL_NULL;
    it->tuple = SELF;
    return OBJ_VAL(it);
}

Value gilt_tuple_iter_next(GiltThread *ts, Value v) {
    GiltTupleIter *it = (GiltTupleIter *)AS_OBJ(v);
    GiltTuple *t = it->tuple;
    if (t && it->index < t->len)
        return t->items[it->index++];
    it->tuple = NULL;
    return VAL_NULL;
}

static Value tupleiter_hint(GiltThread *ts, Value *args, int nargs,
                            GiltTuple *kw) {
    GiltTupleIter *it = (GiltTupleIter *)AS_OBJ(args[0]);
    if (!it->tuple)
        return INT_VAL(0);
    return INT_VAL((int64_t)(it->tuple->len - it->index));
}

static void tupleiter_trace(GiltGC *gc, GiltObject *o) {
    gilt_gc_mark_obj(gc, (GiltObject *)((GiltTupleIter *)o)->tuple);
}

static const GiltMethodDef tuple_methods[] = {
    {"__new__", tuple_new, 0, -1, GILT_M_STATIC | GILT_M_KW},
    {"index", tuple_index, 1, 3, 0},
    {"count", tuple_count, 1, 1, 0},
    {"__getitem__", tuple_getitem, 1, 1, 0},
    {"__add__", tuple_add, 1, 1, 0},
    {"__mul__", tuple_mul, 1, 1, 0},
    {"__rmul__", tuple_mul, 1, 1, 0},
    {"__contains__", tuple_contains, 1, 1, 0},
    {"__len__", tuple_len, 0, 0, 0},
    {"__hash__", tuple_hash_m, 0, 0, 0},
    {"__iter__", tuple_iter, 0, 0, 0},
    {"__eq__", tuple_eq, 1, 1, 0},
    {"__ne__", tuple_ne, 1, 1, 0},
    {"__lt__", tuple_lt, 1, 1, 0},
    {"__le__", tuple_le, 1, 1, 0},
    {"__gt__", tuple_gt, 1, 1, 0},
    {"__ge__", tuple_ge, 1, 1, 0},
    {"__repr__", tuple_repr, 0, 0, 0},
    {"__getnewargs__", tuple_getnewargs, 0, 0, 0},
    {NULL}};

static const GiltMethodDef tupleiter_methods[] = {
    {"__iter__", gilt_iter_self, 0, 0, 0},
    {"__length_hint__", tupleiter_hint, 0, 0, 0},
    {NULL}};

int gilt_tuple_methods_init_types(GiltThread *ts) {
    static const GiltTypeSpec iter_spec = {
        .name = "tuple_iterator",
        .basicsize = sizeof(GiltTupleIter),
        .methods = tupleiter_methods,
        .iternext = gilt_tuple_iter_next,
        .trace = tupleiter_trace,
    };
    if (!gilt_type_from_spec(ts, &iter_spec, GILT_T_TUPLE_ITER))
        return -1;
    return gilt_type_add_methods(ts, GILT_TYPE(ts, TUPLE), tuple_methods);
}
