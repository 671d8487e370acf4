/* range.c - The range type, range_iterator and longrange_iterator.
 *
 * Fields are int values of any size; arithmetic on them takes a C fast
 * path when both operands are small ints and gilt_int_binop otherwise.
 * Membership and index() of ints are O(1); other values are compared
 * item by item, as CPython does.
 */
#include "range.h"

#include "../vm/gc.h"
#include "dict.h"
#include "slice.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

typedef struct GiltLongRangeIter {
    GiltObject obj;
    Value next, step, left; // int values
} GiltLongRangeIter;

// ---- int arithmetic ----------------------------------------------------------

static Value add(GiltThread *ts, Value a, Value b) {
    if (BOTH_INT(a, b))
        return gilt_int_from_i64(ts, AS_INT(a) + AS_INT(b));
    return gilt_int_binop(ts, a, b, GILT_OP_ADD);
}

static Value sub(GiltThread *ts, Value a, Value b) {
    if (BOTH_INT(a, b))
        return gilt_int_from_i64(ts, AS_INT(a) - AS_INT(b));
    return gilt_int_binop(ts, a, b, GILT_OP_SUB);
}

static Value mul(GiltThread *ts, Value a, Value b) {
    int64_t r;
    if (BOTH_INT(a, b) && !__builtin_mul_overflow(AS_INT(a), AS_INT(b), &r))
        return gilt_int_from_i64(ts, r);
    return gilt_int_binop(ts, a, b, GILT_OP_MUL);
}

static Value neg(GiltThread *ts, Value a) {
    return IS_INT(a) ? gilt_int_from_i64(ts, -AS_INT(a)) : gilt_int_neg(ts, a);
}

#define CMP(a, b) gilt_int_compare(a, b)
#define SIGN(a) gilt_int_sign(a)

// CPython's compute_range_length.
static Value range_length(GiltThread *ts, Value start, Value stop, Value step) {
    if (BOTH_INT(start, stop) && IS_INT(step)) {
        int64_t lo = AS_INT(start), hi = AS_INT(stop), st = AS_INT(step);
        if (st > 0)
            return INT_VAL(lo < hi ? (hi - lo - 1) / st + 1 : 0);
        return INT_VAL(lo > hi ? (lo - hi - 1) / -st + 1 : 0);
    }
    Value lo = start, hi = stop;
    if (SIGN(step) < 0) {
        lo = stop;
        hi = start;
        if (!(step = neg(ts, step)))
            return VAL_NULL;
    }
    if (CMP(lo, hi) >= 0)
        return INT_VAL(0);
    Value d = sub(ts, hi, lo);
    d = d ? sub(ts, d, INT_VAL(1)) : VAL_NULL;
    d = d ? gilt_int_binop(ts, d, step, GILT_OP_FLOORDIV) : VAL_NULL;
    return d ? add(ts, d, INT_VAL(1)) : VAL_NULL;
}

Value gilt_range_new(GiltThread *ts, Value start, Value stop, Value step) {
    Value len = range_length(ts, start, stop, step);
    if (!len)
        return VAL_NULL;
    GiltRange *r = gilt_gc_alloc(ts, GILT_TYPE(ts, RANGE), sizeof(GiltRange));
    if (!r)
        return VAL_NULL;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = len;
    return OBJ_VAL(r);
}

// start + i * step.
static Value item_at(GiltThread *ts, GiltRange *r, Value i) {
    Value p = mul(ts, i, r->step);
    return p ? add(ts, r->start, p) : VAL_NULL;
}

// ---- construction ---------------------------------------------------------------

static Value range_py_new(GiltThread *ts, Value *args, int nargs,
                          GiltTuple *kw) {
    if (gilt_no_kwargs(ts, "range", kw) < 0)
        return VAL_NULL;
    int n = nargs - 1;
    if (n < 1)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "range expected at least 1 argument, got %d", n);
    if (n > 3)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "range expected at most 3 arguments, got %d", n);
    Value v[3] = {INT_VAL(0), VAL_NULL, INT_VAL(1)};
    for (int i = 0; i < n; i++) {
        Value x = gilt_index_value(ts, args[1 + i]);
        if (!x)
            return VAL_NULL;
        gilt_gc_push_root(ts, x);
        v[n == 1 ? 1 : i] = x;
    }
    if (SIGN(v[2]) == 0)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                          "range() arg 3 must not be zero");
    return gilt_range_new(ts, v[0], v[1], v[2]);
}

// ---- iterators ------------------------------------------------------------------

// v as an int64, if it fits.
static bool fits64(GiltThread *ts, Value v, int64_t *out) {
    if (IS_INT(v)) {
        *out = AS_INT(v);
        return true;
    }
    if (gilt_int_to_i64(ts, v, out) == 0)
        return true;
    gilt_exc_clear(ts);
    return false;
}

// An iterator over [len] items from [start] by [step] (int values):
// a range_iterator when [fast] (every item fits an int64), else a
// longrange_iterator.
static Value make_iter(GiltThread *ts, bool fast, Value start, Value step,
                       Value len) {
    if (fast) {
        GiltRangeIter *it = gilt_gc_alloc(ts, GILT_TYPE(ts, RANGE_ITER),
                                          sizeof(GiltRangeIter));
        if (!it)
            return VAL_NULL;
        int64_t n;
        fits64(ts, start, &it->start);
        fits64(ts, step, &it->step);
        fits64(ts, len, &n);
        it->len = (uint64_t)n;
        return OBJ_VAL(it);
    }
    GiltLongRangeIter *it = gilt_gc_alloc(ts, GILT_TYPE(ts, LONGRANGE_ITER),
                                          sizeof(GiltLongRangeIter));
    if (!it)
        return VAL_NULL;
    it->next = start;
    it->step = step;
    it->left = len;
    return OBJ_VAL(it);
}

// CPython's choice of the C iterator: start, stop, step and the length
// fit, and stop + step cannot overflow.
static bool iter_fits(GiltThread *ts, GiltRange *r) {
    int64_t a, z, s, n;
    if (!fits64(ts, r->start, &a) || !fits64(ts, r->stop, &z) ||
        !fits64(ts, r->step, &s) || !fits64(ts, r->length, &n))
        return false;
    if (n == 0)
        return true;
    return s > 0 ? z <= INT64_MAX - (s - 1) : z >= INT64_MIN + (-1 - s);
}

static Value range_iter(GiltThread *ts, Value *args, int nargs,
                        GiltTuple *kw) {
    GiltRange *r = AS_RANGE(args[0]);
    return make_iter(ts, iter_fits(ts, r), r->start, r->step, r->length);
}

// As iter_fits for reversed(): -step and start - step must fit too.
static bool reversed_fits(GiltThread *ts, GiltRange *r) {
    int64_t a, z, s, n;
    if (!fits64(ts, r->start, &a) || !fits64(ts, r->stop, &z) ||
        !fits64(ts, r->step, &s) || !fits64(ts, r->length, &n) ||
        s == INT64_MIN)
        return false;
    if (s > 0)
        return (uint64_t)a - (uint64_t)INT64_MIN >= (uint64_t)s;
    return (uint64_t)INT64_MAX - (uint64_t)a >= 0 - (uint64_t)s;
}

// reversed(range(a, z, s)) is range(a + (n-1)*s, a - s, -s).
static Value range_reversed(GiltThread *ts, Value *args, int nargs,
                            GiltTuple *kw) {
    GiltRange *r = AS_RANGE(args[0]);
    Value n1 = sub(ts, r->length, INT_VAL(1));
    Value first = n1 ? item_at(ts, r, n1) : VAL_NULL;
    Value step = first ? neg(ts, r->step) : VAL_NULL;
    if (!step)
        return VAL_NULL;
    return make_iter(ts, reversed_fits(ts, r), first, step, r->length);
}

static Value rangeiter_next(GiltThread *ts, Value it) {
    return gilt_range_iter_next_fast(ts, it);
}

static Value longrangeiter_next(GiltThread *ts, Value v) {
    GiltLongRangeIter *it = (GiltLongRangeIter *)AS_OBJ(v);
    if (SIGN(it->left) <= 0)
        return VAL_NULL;
    Value r = it->next;
    Value next = add(ts, r, it->step);
    Value left = next ? sub(ts, it->left, INT_VAL(1)) : VAL_NULL;
    if (!left)
        return VAL_NULL;
    it->next = next;
    it->left = left;
    return r;
}

static Value rangeiter_hint(GiltThread *ts, Value *args, int nargs,
                            GiltTuple *kw) {
    GiltRangeIter *it = AS_RANGE_ITER(args[0]);
    return gilt_int_from_u64(ts, it->index < it->len ? it->len - it->index : 0);
}

static Value longrangeiter_hint(GiltThread *ts, Value *args, int nargs,
                                GiltTuple *kw) {
    return ((GiltLongRangeIter *)AS_OBJ(args[0]))->left;
}

// ---- sequence protocol -----------------------------------------------------------

static Value range_len(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    Value n = AS_RANGE(args[0])->length;
    int64_t x;
    if (!IS_INT(n) && gilt_int_to_i64(ts, n, &x) < 0) {
        gilt_exc_clear(ts);
        return gilt_raise(ts, GILT_EXC_OVERFLOW_ERROR,
                          "Python int too large to convert to C ssize_t");
    }
    return n;
}

static Value range_bool(GiltThread *ts, Value *args, int nargs,
                        GiltTuple *kw) {
    return BOOL_VAL(SIGN(AS_RANGE(args[0])->length) != 0);
}


// CPython's _PySlice_GetLongIndices: a bound of [slice] resolved against
// [len] with int values, clamped to [lower, upper].
static Value long_bound(GiltThread *ts, Value v, Value len, Value lower,
                        Value upper, Value dflt) {
    if (v == VAL_NONE)
        return dflt;
    Value x = gilt_slice_index_value(ts, v);
    if (!x)
        return VAL_NULL;
    if (SIGN(x) < 0) {
        if (!(x = add(ts, x, len)))
            return VAL_NULL;
        return CMP(x, lower) < 0 ? lower : x;
    }
    return CMP(x, upper) > 0 ? upper : x;
}

static Value range_slice(GiltThread *ts, GiltRange *r, Value key) {
    GiltSlice *s = AS_SLICE(key);
    Value step = s->step == VAL_NONE ? INT_VAL(1)
                                     : gilt_slice_index_value(ts, s->step);
    if (!step)
        return VAL_NULL;
    if (SIGN(step) == 0)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR, "slice step cannot be zero");
    size_t mark = gilt_gc_roots_mark(ts);
    gilt_gc_push_root(ts, step);
    bool back = SIGN(step) < 0;
    Value lower = back ? INT_VAL(-1) : INT_VAL(0);
    Value upper = back ? sub(ts, r->length, INT_VAL(1)) : r->length;
    Value res = VAL_NULL;
    if (!upper)
        goto done;
    gilt_gc_push_root(ts, upper);
    Value start = long_bound(ts, s->start, r->length, lower, upper,
                             back ? upper : lower);
    if (!start)
        goto done;
    gilt_gc_push_root(ts, start);
    Value stop = long_bound(ts, s->stop, r->length, lower, upper,
                            back ? lower : upper);
    if (!stop)
        goto done;
    gilt_gc_push_root(ts, stop);
    Value a = item_at(ts, r, start), z = a ? item_at(ts, r, stop) : VAL_NULL;
    Value st = z ? mul(ts, r->step, step) : VAL_NULL;
    res = st ? gilt_range_new(ts, a, z, st) : VAL_NULL;
done:
    gilt_gc_roots_restore(ts, mark);
    return res;
}

static Value range_getitem(GiltThread *ts, Value *args, int nargs,
                           GiltTuple *kw) {
    GiltRange *r = AS_RANGE(args[0]);
    Value key = args[1];
    if (GILT_IS(ts, key, SLICE))
        return range_slice(ts, r, key);
    if (!IS_INT(key) && !IS_BOOL(key) && !gilt_is_int(ts, key) &&
        !gilt_type_lookup(ts, gilt_typeof(ts, key), GILT_NAME(ts, __index__)))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "range indices must be integers or slices, not %T",
                          key);
    Value i = gilt_index_value(ts, key);
    if (!i)
        return VAL_NULL;
    if (SIGN(i) < 0 && !(i = add(ts, i, r->length)))
        return VAL_NULL;
    if (SIGN(i) < 0 || CMP(i, r->length) >= 0)
        return gilt_raise(ts, GILT_EXC_INDEX_ERROR,
                          "range object index out of range");
    return item_at(ts, r, i);
}

// Is [x] one of the ints in r? For exact ints and bools only: 1, 0, -1.
static int int_in_range(GiltThread *ts, GiltRange *r, Value x) {
    if (IS_BOOL(x))
        x = INT_VAL(x == VAL_TRUE);
    bool up = SIGN(r->step) > 0;
    if (up ? (CMP(r->start, x) > 0 || CMP(x, r->stop) >= 0)
           : (CMP(x, r->start) > 0 || CMP(r->stop, x) >= 0))
        return 0;
    if (BOTH_INT(x, r->start) && IS_INT(r->step))
        return (AS_INT(x) - AS_INT(r->start)) % AS_INT(r->step) == 0;
    Value d = sub(ts, x, r->start);
    Value m = d ? gilt_int_binop(ts, d, r->step, GILT_OP_MOD) : VAL_NULL;
    return m ? SIGN(m) == 0 : -1;
}

static bool exact_int(GiltThread *ts, Value x) {
    return IS_INT(x) || IS_BOOL(x) || GILT_IS(ts, x, INT);
}

// Search r for x by ==: the index of the first match (an int value),
// INT_VAL(-1) if none, or with [count] the number of matches.
static Value search(GiltThread *ts, Value self, Value x, bool count) {
    Value it = range_iter(ts, &self, 1, NULL);
    if (!it)
        return VAL_NULL;
    gilt_gc_push_root(ts, it);
    int64_t i = 0, n = 0;
    Value item, res = VAL_NULL;
    while ((item = gilt_next(ts, it))) {
        gilt_gc_push_root(ts, item);
        int eq = gilt_eq(ts, item, x);
        gilt_gc_pop_root(ts);
        if (eq < 0)
            goto done;
        if (eq && !count) {
            res = gilt_int_from_i64(ts, i);
            goto done;
        }
        n += eq;
        i++;
    }
    if (!ts->exc)
        res = count ? gilt_int_from_i64(ts, n) : INT_VAL(-1);
done:
    gilt_gc_pop_root(ts);
    return res;
}

static Value range_contains(GiltThread *ts, Value *args, int nargs,
                            GiltTuple *kw) {
    if (exact_int(ts, args[1])) {
        int r = int_in_range(ts, AS_RANGE(args[0]), args[1]);
        return r < 0 ? VAL_NULL : BOOL_VAL(r);
    }
    Value i = search(ts, args[0], args[1], false);
    return i ? BOOL_VAL(i != INT_VAL(-1)) : VAL_NULL;
}

static Value range_index(GiltThread *ts, Value *args, int nargs,
                         GiltTuple *kw) {
    GiltRange *r = AS_RANGE(args[0]);
    Value x = args[1];
    if (exact_int(ts, x)) {
        int c = int_in_range(ts, r, x);
        if (c < 0)
            return VAL_NULL;
        if (!c)
            return gilt_raise(ts, GILT_EXC_VALUE_ERROR, "%R is not in range", x);
        if (IS_BOOL(x))
            x = INT_VAL(x == VAL_TRUE);
        Value d = sub(ts, x, r->start);
        return d ? gilt_int_binop(ts, d, r->step, GILT_OP_FLOORDIV) : VAL_NULL;
    }
    Value i = search(ts, args[0], x, false);
    if (i == INT_VAL(-1))
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                          "sequence.index(x): x not in sequence");
    return i;
}

static Value range_count(GiltThread *ts, Value *args, int nargs,
                         GiltTuple *kw) {
    if (exact_int(ts, args[1])) {
        int r = int_in_range(ts, AS_RANGE(args[0]), args[1]);
        return r < 0 ? VAL_NULL : INT_VAL(r);
    }
    return search(ts, args[0], args[1], true);
}

// ---- comparison, hash, repr ---------------------------------------------------------

// Ranges are equal when they hold the same sequence.
static int range_equal(GiltRange *a, GiltRange *b) {
    if (a == b)
        return 1;
    if (CMP(a->length, b->length) != 0)
        return 0;
    if (SIGN(a->length) == 0)
        return 1;
    if (CMP(a->start, b->start) != 0)
        return 0;
    if (CMP(a->length, INT_VAL(1)) == 0)
        return 1;
    return CMP(a->step, b->step) == 0;
}

static Value range_eq(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    if (!GILT_IS(ts, args[1], RANGE))
        return VAL_NOTIMPL;
    return BOOL_VAL(range_equal(AS_RANGE(args[0]), AS_RANGE(args[1])));
}

static Value range_ne(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    if (!GILT_IS(ts, args[1], RANGE))
        return VAL_NOTIMPL;
    return BOOL_VAL(!range_equal(AS_RANGE(args[0]), AS_RANGE(args[1])));
}

// hash((len, start, step)) with None for what the sequence ignores.
static Value range_hash(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltRange *r = AS_RANGE(args[0]);
    bool empty = SIGN(r->length) == 0;
    bool single = !empty && CMP(r->length, INT_VAL(1)) == 0;
    Value t = gilt_tuple_pack(ts, 3, r->length, empty ? VAL_NONE : r->start,
                              empty || single ? VAL_NONE : r->step);
    int64_t h;
    if (!t || gilt_tuple_hash(ts, AS_TUPLE(t), &h) < 0)
        return VAL_NULL;
    return gilt_int_from_i64(ts, h);
}

static Value range_repr(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltRange *r = AS_RANGE(args[0]);
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    gilt_strbuf_append_cstr(ts, &b, "range(");
    gilt_strbuf_append_repr(ts, &b, r->start);
    gilt_strbuf_append_cstr(ts, &b, ", ");
    gilt_strbuf_append_repr(ts, &b, r->stop);
    if (r->step != INT_VAL(1)) {
        gilt_strbuf_append_cstr(ts, &b, ", ");
        gilt_strbuf_append_repr(ts, &b, r->step);
    }
    gilt_strbuf_append_char(ts, &b, ')');
    return gilt_strbuf_finish(ts, &b);
}

static Value range_reduce(GiltThread *ts, Value *args, int nargs,
                          GiltTuple *kw) {
    GiltRange *r = AS_RANGE(args[0]);
    Value t = gilt_tuple_pack(ts, 3, r->start, r->stop, r->step);
    return t ? gilt_tuple_pack(ts, 2, OBJ_VAL(GILT_TYPE(ts, RANGE)), t)
             : VAL_NULL;
}

static Value get_start(GiltThread *ts, Value self) {
    return AS_RANGE(self)->start;
}
static Value get_stop(GiltThread *ts, Value self) {
    return AS_RANGE(self)->stop;
}
static Value get_step(GiltThread *ts, Value self) {
    return AS_RANGE(self)->step;
}

// ---- types ------------------------------------------------------------------------

static const GiltMethodDef range_methods[] = {
    {"__new__", range_py_new, 0, -1, GILT_M_STATIC | GILT_M_KW},
    {"__len__", range_len, 0, 0, 0},
    {"__bool__", range_bool, 0, 0, 0},
    {"__getitem__", range_getitem, 1, 1, 0},
    {"__contains__", range_contains, 1, 1, 0},
    {"__iter__", range_iter, 0, 0, 0},
    {"__reversed__", range_reversed, 0, 0, 0},
    {"index", range_index, 1, 1, 0},
    {"count", range_count, 1, 1, 0},
    {"__eq__", range_eq, 1, 1, 0},
    {"__ne__", range_ne, 1, 1, 0},
    {"__hash__", range_hash, 0, 0, 0},
    {"__repr__", range_repr, 0, 0, 0},
    {"__reduce__", range_reduce, 0, 0, 0},
    {NULL}};

static const GiltGetSetDef range_getsets[] = {
    {"start", get_start, NULL},
    {"stop", get_stop, NULL},
    {"step", get_step, NULL},
    {NULL}};

static const GiltMethodDef rangeiter_methods[] = {
    {"__iter__", gilt_iter_self, 0, 0, 0},
    {"__length_hint__", rangeiter_hint, 0, 0, 0},
    {NULL}};

static const GiltMethodDef longrangeiter_methods[] = {
    {"__iter__", gilt_iter_self, 0, 0, 0},
    {"__length_hint__", longrangeiter_hint, 0, 0, 0},
    {NULL}};

static void range_trace(GiltGC *gc, GiltObject *o) {
    GiltRange *r = (GiltRange *)o;
    gilt_gc_mark(gc, r->start);
    gilt_gc_mark(gc, r->stop);
    gilt_gc_mark(gc, r->step);
    gilt_gc_mark(gc, r->length);
}

static void longrangeiter_trace(GiltGC *gc, GiltObject *o) {
    GiltLongRangeIter *it = (GiltLongRangeIter *)o;
    gilt_gc_mark(gc, it->next);
    gilt_gc_mark(gc, it->step);
    gilt_gc_mark(gc, it->left);
}

int gilt_range_init_types(GiltThread *ts) {
    static const GiltTypeSpec specs[] = {
        {.name = "range", .basicsize = sizeof(GiltRange),
         .methods = range_methods, .getsets = range_getsets,
         .trace = range_trace},
        {.name = "range_iterator", .basicsize = sizeof(GiltRangeIter),
         .methods = rangeiter_methods, .iternext = rangeiter_next},
        {.name = "longrange_iterator", .basicsize = sizeof(GiltLongRangeIter),
         .methods = longrangeiter_methods, .iternext = longrangeiter_next,
         .trace = longrangeiter_trace},
    };
    GiltTypeId ids[] = {GILT_T_RANGE, GILT_T_RANGE_ITER, GILT_T_LONGRANGE_ITER};
    for (int i = 0; i < 3; i++)
        if (!gilt_type_from_spec(ts, &specs[i], ids[i]))
            return -1;
    return 0;
}
