/* list_slice.c - list subscripting: l[i], l[a:b:c], assignment to and
 * deletion of items and slices, with CPython's rules: a slice with step 1
 * may be replaced by any number of items, an extended slice only by as
 * many as it selects.
 *
 * Bounds are unpacked (running __index__) before the assigned value is
 * converted and adjusted against the list's length only afterwards, so a
 * conversion that mutates the list cannot make us write out of bounds.
 */
#include "list.h"

#include "../vm/gc.h"
#include "slice.h"
#include "tuple.h"
#include "type.h"

static int normalize(GiltList *l, int64_t *i) {
    if (*i < 0)
        *i += (int64_t)l->len;
    return *i >= 0 && (uint64_t)*i < l->len;
}

static Value get_slice(GiltThread *ts, GiltList *l, Value key) {
    int64_t start, stop, step;
    if (gilt_slice_unpack(ts, key, &start, &stop, &step) < 0)
        return VAL_NULL;
    int64_t n = gilt_slice_adjust((int64_t)l->len, &start, &stop, step);
    if (step == 1) {
        GiltList *r = gilt_list_from(ts, l->items + start, (size_t)n);
        return r ? OBJ_VAL(r) : VAL_NULL;
    }
    GiltList *r = gilt_list_new(ts, (size_t)n);
    if (!r)
        return VAL_NULL;
    for (int64_t i = 0, cur = start; i < n; i++, cur += step)
        r->items[i] = l->items[cur];
    r->len = (size_t)n;
    return OBJ_VAL(r);
}

Value gilt_list_subscript(GiltThread *ts, GiltList *l, Value key) {
    int64_t i;
    int r = gilt_slice_subscript(ts, key, "list", &i);
    if (r < 0)
        return VAL_NULL;
    if (r)
        return get_slice(ts, l, key);
    if (!normalize(l, &i))
        return gilt_raise(ts, GILT_EXC_INDEX_ERROR, "list index out of range");
    return l->items[i];
}

Value gilt_list_getitem_m(GiltThread *ts, Value *args, int nargs,
                          GiltTuple *kw) {
    return gilt_list_subscript(ts, AS_LIST(args[0]), args[1]);
}

// ---- assignment and deletion -----------------------------------------------

// PySequence_Fast: [v] itself if an exact list or tuple, else list(v).
// The TypeError of a non-iterable becomes [msg]. Sets *items / *n.
static Value seq_fast(GiltThread *ts, Value v, const char *msg,
                      Value **items, size_t *n) {
    if (!GILT_IS(ts, v, LIST) && !GILT_IS(ts, v, TUPLE)) {
        Value it = gilt_iter(ts, v);
        if (!it) {
            if (gilt_exc_matches(ts, GILT_EXC_TYPE_ERROR)) {
                gilt_exc_clear(ts);
                gilt_raise(ts, GILT_EXC_TYPE_ERROR, "%s", msg);
            }
            return VAL_NULL;
        }
        gilt_gc_push_root(ts, it);
        v = gilt_list_from_iterable(ts, it);
        gilt_gc_pop_root(ts);
        if (!v)
            return VAL_NULL;
    }
    if (GILT_IS(ts, v, TUPLE)) {
        *items = AS_TUPLE(v)->items;
        *n = AS_TUPLE(v)->len;
    } else {
        *items = AS_LIST(v)->items;
        *n = AS_LIST(v)->len;
    }
    return v;
}

// Replace l[lo:hi] (clamped) by items[0..n).
static int replace_range(GiltThread *ts, GiltList *l, int64_t lo, int64_t hi,
                         const Value *items, size_t n) {
    int64_t len = (int64_t)l->len;
    lo = lo < 0 ? 0 : lo > len ? len : lo;
    hi = hi < lo ? lo : hi > len ? len : hi;
    size_t old = (size_t)(hi - lo);
    if (n > old && gilt_list_reserve(ts, l, n - old) < 0)
        return -1;
    if (len > hi && (size_t)(hi - lo) != n)
        memmove(l->items + lo + n, l->items + hi,
                (size_t)(len - hi) * sizeof(Value));
    if (n)
        memcpy(l->items + lo, items, n * sizeof(Value));
    l->len = l->len - old + n;
    return 0;
}

static void delete_extended(GiltList *l, int64_t start, int64_t step,
                            int64_t n) {
    if (n <= 0)
        return;
    if (step < 0) {
        // Walk the same items upwards.
        start = start + step * (n - 1);
        step = -step;
    }
    size_t w = (size_t)start, k = 0;
    for (size_t r = (size_t)start; r < l->len; r++) {
        if ((int64_t)k < n && r == (size_t)start + k * (size_t)step) {
            k++;
            continue;
        }
        l->items[w++] = l->items[r];
    }
    l->len = w;
}

static int assign_extended(GiltThread *ts, GiltList *l, int64_t start,
                           int64_t step, int64_t n, const Value *items,
                           size_t nitems) {
    if ((int64_t)nitems != n) {
        gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                   "attempt to assign sequence of size %zu to extended slice "
                   "of size %lld",
                   nitems, (long long)n);
        return -1;
    }
    for (int64_t i = 0, cur = start; i < n; i++, cur += step)
        l->items[cur] = items[i];
    return 0;
}

static int ass_slice(GiltThread *ts, GiltList *l, Value key, Value v) {
    int64_t start, stop, step;
    if (gilt_slice_unpack(ts, key, &start, &stop, &step) < 0)
        return -1;
    Value *items = NULL;
    size_t nitems = 0;
    Value seq = VAL_NULL;
    if (v) {
        // a[i:j] = a copies a first.
        if (v == OBJ_VAL(l)) {
            GiltList *c = gilt_list_from(ts, l->items, l->len);
            v = c ? OBJ_VAL(c) : VAL_NULL;
            if (!v)
                return -1;
        }
        seq = seq_fast(ts, v,
                       step == 1 ? "can only assign an iterable"
                                 : "must assign iterable to extended slice",
                       &items, &nitems);
        if (!seq)
            return -1;
    }
    int64_t n = gilt_slice_adjust((int64_t)l->len, &start, &stop, step);
    if (step == 1)
        return replace_range(ts, l, start, stop, items, nitems);
    if (!v) {
        delete_extended(l, start, step, n);
        return 0;
    }
    return assign_extended(ts, l, start, step, n, items, nitems);
}

static int ass_subscript(GiltThread *ts, GiltList *l, Value key, Value v) {
    int64_t i;
    int r = gilt_slice_subscript(ts, key, "list", &i);
    if (r < 0)
        return -1;
    if (r)
        return ass_slice(ts, l, key, v);
    if (!normalize(l, &i)) {
        gilt_raise(ts, GILT_EXC_INDEX_ERROR,
                   "list assignment index out of range");
        return -1;
    }
    if (v) {
        l->items[i] = v;
    } else {
        memmove(l->items + i, l->items + i + 1,
                (l->len - (size_t)i - 1) * sizeof(Value));
        l->len--;
    }
    return 0;
}

Value gilt_list_setitem_m(GiltThread *ts, Value *args, int nargs,
                          GiltTuple *kw) {
    if (ass_subscript(ts, AS_LIST(args[0]), args[1], args[2]) < 0)
        return VAL_NULL;
    return VAL_NONE;
}

Value gilt_list_delitem_m(GiltThread *ts, Value *args, int nargs,
                          GiltTuple *kw) {
    if (ass_subscript(ts, AS_LIST(args[0]), args[1], VAL_NULL) < 0)
        return VAL_NULL;
    return VAL_NONE;
}
