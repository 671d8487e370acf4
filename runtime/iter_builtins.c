/* iter_builtins.c - The builtin functions that consume iterables: sorted,
 * min, max, sum, all, any (the builtins module includes the table).
 *
 * sum() follows CPython 3.11: a C int64 accumulator while the items are
 * ints, a double accumulator (plain left-to-right addition) while they
 * are floats or ints that fit, and the generic + otherwise.
 */
#include "iter.h"

#include "../vm/gc.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

// ---- sorted -------------------------------------------------------------------------

static Value builtin_sorted(GiltThread *ts, Value *args, int nargs,
                            GiltTuple *kw) {
    if (nargs != 1)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "sorted expected 1 argument, got %d", nargs);
    static const char *const names[] = {"$key", "$reverse", NULL};
    Value a[2];
    if (gilt_parse_args(ts, "sort", args + 1, 0, kw, names, 0, a) < 0)
        return VAL_NULL;
    Value l = gilt_list_from_iterable(ts, args[0]);
    if (!l)
        return VAL_NULL;
    gilt_gc_push_root(ts, l);
    int reverse = a[1] ? gilt_list_bool_arg(ts, a[1]) : 0;
    if (reverse < 0 || gilt_list_sort(ts, AS_LIST(l), a[0], reverse) < 0)
        return VAL_NULL;
    return l;
}

// ---- min / max ------------------------------------------------------------------------

// The winner of [it]'s items under [op] (GILT_LT for min, GILT_GT for
// max) compared through [key]; VAL_NULL with no exception if empty.
static Value extreme(GiltThread *ts, Value it, Value key, GiltCompareOp op) {
    Value best = VAL_NULL, best_val = VAL_NULL, item;
    size_t mark = gilt_gc_roots_mark(ts);
    while ((item = gilt_next(ts, it))) {
        gilt_gc_roots_restore(ts, mark);
        gilt_gc_push_root(ts, best);
        gilt_gc_push_root(ts, best_val);
        gilt_gc_push_root(ts, item);
        Value val = key ? gilt_call1(ts, key, item) : item;
        if (!val)
            return VAL_NULL;
        if (!best) {
            best = item;
            best_val = val;
            continue;
        }
        gilt_gc_push_root(ts, val);
        int c = gilt_compare_bool(ts, val, best_val, op);
        if (c < 0)
            return VAL_NULL;
        if (c) {
            best = item;
            best_val = val;
        }
    }
    gilt_gc_roots_restore(ts, mark);
    return ts->exc ? VAL_NULL : best;
}

static Value min_max(GiltThread *ts, Value *args, int nargs, GiltTuple *kw,
                     GiltCompareOp op) {
    const char *name = op == GILT_LT ? "min" : "max";
    if (nargs == 0)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "%s expected at least 1 argument, got 0", name);
    static const char *const names[] = {"$key", "$default", NULL};
    Value a[2];
    if (gilt_parse_args(ts, name, args + nargs, 0, kw, names, 0, a) < 0)
        return VAL_NULL;
    bool positional = nargs > 1;
    if (positional && a[1])
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "Cannot specify a default for %s() with multiple "
                          "positional arguments",
                          name);
    Value seq = args[0];
    if (positional) {
        GiltTuple *t = gilt_tuple_from(ts, args, (size_t)nargs);
        if (!t)
            return VAL_NULL;
        seq = OBJ_VAL(t);
        gilt_gc_push_root(ts, seq);
    }
    Value it = gilt_iter(ts, seq);
    if (!it)
        return VAL_NULL;
    gilt_gc_push_root(ts, it);
    Value key = a[0] == VAL_NONE ? VAL_NULL : a[0];
    Value r = extreme(ts, it, key, op);
    if (r || ts->exc)
        return r;
    if (a[1])
        return a[1];
    return gilt_raise(ts, GILT_EXC_VALUE_ERROR, "%s() arg is an empty sequence",
                      name);
}

static Value builtin_min(GiltThread *ts, Value *args, int nargs,
                         GiltTuple *kw) {
    return min_max(ts, args, nargs, kw, GILT_LT);
}

static Value builtin_max(GiltThread *ts, Value *args, int nargs,
                         GiltTuple *kw) {
    return min_max(ts, args, nargs, kw, GILT_GT);
}

// ---- sum ------------------------------------------------------------------------------

// An int item as an int64 (bools included): false if it is no int or
// does not fit.
static bool small_int_item(GiltThread *ts, Value v, bool exact, int64_t *out) {
    if (IS_INT(v)) {
        *out = AS_INT(v);
        return true;
    }
    if (IS_BOOL(v)) {
        *out = v == VAL_TRUE;
        return true;
    }
    if (!(exact ? GILT_IS(ts, v, INT) : gilt_is_int(ts, v)))
        return false;
    if (gilt_int_to_i64(ts, gilt_int_value(ts, v), out) == 0)
        return true;
    gilt_exc_clear(ts);
    return false;
}

// The int phase: returns the sum so far as a value once an item does not
// fit, with *item set to it (VAL_NULL at the end).
static Value sum_ints(GiltThread *ts, Value it, int64_t acc, Value *item) {
    for (;;) {
        Value v = gilt_next(ts, it);
        int64_t b;
        if (!v) {
            *item = VAL_NULL;
            return ts->exc ? VAL_NULL : gilt_int_from_i64(ts, acc);
        }
        int64_t sum;
        if (small_int_item(ts, v, true, &b) &&
            !__builtin_add_overflow(acc, b, &sum)) {
            acc = sum;
            continue;
        }
        *item = v;
        return gilt_int_from_i64(ts, acc);
    }
}

// The float phase, as sum_ints.
static Value sum_floats(GiltThread *ts, Value it, double acc, Value *item) {
    for (;;) {
        Value v = gilt_next(ts, it);
        int64_t b;
        if (!v) {
            *item = VAL_NULL;
            return ts->exc ? VAL_NULL : FLOAT_VAL(acc);
        }
        if (IS_FLOAT(v)) {
            acc += AS_FLOAT(v);
            continue;
        }
        if (small_int_item(ts, v, false, &b)) {
            acc += (double)b;
            continue;
        }
        *item = v;
        return FLOAT_VAL(acc);
    }
}

static Value sum_iter(GiltThread *ts, Value it, Value result) {
    Value item = VAL_NULL;
    int64_t i;
    if (IS_INT(result) || GILT_IS(ts, result, INT)) {
        if (small_int_item(ts, result, true, &i)) {
            result = sum_ints(ts, it, i, &item);
            if (!result || !item)
                return result;
            gilt_gc_push_root(ts, item);
            result = gilt_binop(ts, result, item, GILT_OP_ADD);
            if (!result)
                return VAL_NULL;
        }
    }
    if (IS_FLOAT(result)) {
        result = sum_floats(ts, it, AS_FLOAT(result), &item);
        if (!result || !item)
            return result;
        gilt_gc_push_root(ts, item);
        result = gilt_binop(ts, result, item, GILT_OP_ADD);
        if (!result)
            return VAL_NULL;
    }
    size_t mark = gilt_gc_roots_mark(ts);
    for (;;) {
        gilt_gc_roots_restore(ts, mark);
        gilt_gc_push_root(ts, result);
        item = gilt_next(ts, it);
        if (!item)
            return ts->exc ? VAL_NULL : result;
        gilt_gc_push_root(ts, item);
        result = gilt_binop(ts, result, item, GILT_OP_ADD);
        if (!result)
            return VAL_NULL;
    }
}

static Value builtin_sum(GiltThread *ts, Value *args, int nargs,
                         GiltTuple *kw) {
    if (nargs == 0)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "sum() takes at least 1 positional argument (0 "
                          "given)");
    static const char *const names[] = {"iterable", "/start", NULL};
    Value a[2];
    if (gilt_parse_args(ts, "sum", args, nargs, kw, names, 1, a) < 0)
        return VAL_NULL;
    Value result = a[1] ? a[1] : INT_VAL(0);
    if (GILT_IS_SUB(ts, result, GILT_TF_STR_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "sum() can't sum strings [use ''.join(seq) instead]");
    if (GILT_IS_SUB(ts, result, GILT_TF_BYTES_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "sum() can't sum bytes [use b''.join(seq) instead]");
    if (gilt_isinstance_type(ts, result, GILT_TYPE(ts, BYTEARRAY)))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "sum() can't sum bytearray [use b''.join(seq) "
                          "instead]");
    Value it = gilt_iter(ts, a[0]);
    if (!it)
        return VAL_NULL;
    size_t mark = gilt_gc_roots_mark(ts);
    gilt_gc_push_root(ts, it);
    Value r = sum_iter(ts, it, result);
    gilt_gc_roots_restore(ts, mark);
    return r;
}

// ---- all / any ------------------------------------------------------------------------

// The first item whose truth is [want]: 1 found, 0 none, -1 error.
static int find_truth(GiltThread *ts, Value iterable, int want) {
    Value it = gilt_iter(ts, iterable);
    if (!it)
        return -1;
    gilt_gc_push_root(ts, it);
    Value item;
    int r = 0;
    while ((item = gilt_next(ts, it))) {
        gilt_gc_push_root(ts, item);
        int t = gilt_truthy(ts, item);
        gilt_gc_pop_root(ts);
        if (t < 0 || t == want) {
            r = t < 0 ? -1 : 1;
            break;
        }
    }
    gilt_gc_pop_root(ts);
    return r < 0 || ts->exc ? -1 : r;
}

static Value builtin_all(GiltThread *ts, Value *args, int nargs,
                         GiltTuple *kw) {
    int r = find_truth(ts, args[0], 0);
    return r < 0 ? VAL_NULL : BOOL_VAL(!r);
}

static Value builtin_any(GiltThread *ts, Value *args, int nargs,
                         GiltTuple *kw) {
    int r = find_truth(ts, args[0], 1);
    return r < 0 ? VAL_NULL : BOOL_VAL(r);
}

const GiltMethodDef gilt_iter_builtins[] = {
    {"sorted", builtin_sorted, 0, -1, GILT_M_KW},
    {"min", builtin_min, 0, -1, GILT_M_KW},
    {"max", builtin_max, 0, -1, GILT_M_KW},
    {"sum", builtin_sum, 0, -1, GILT_M_KW},
    {"all", builtin_all, 1, 1, 0},
    {"any", builtin_any, 1, 1, 0},
    {NULL}};
