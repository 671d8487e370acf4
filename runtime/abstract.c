/* abstract.c - The container protocols: subscripting, len, `in`,
 * iteration.
 */
#include "../vm/gc.h"
#include "dict.h"
#include "int.h"
#include "iter.h"
#include "list.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

static int seq_index(GiltThread *ts, Value key, size_t len, size_t *out,
                     const char *what) {
    int64_t i;
    if (IS_INT(key))
        i = AS_INT(key);
    else
        return 1; // not a small int: take the generic path
    if (i < 0)
        i += (int64_t)len;
    if (i < 0 || (uint64_t)i >= len) {
        gilt_raise(ts, GILT_EXC_INDEX_ERROR, "%s index out of range", what);
        return -1;
    }
    *out = (size_t)i;
    return 0;
}

Value gilt_getitem(GiltThread *ts, Value obj, Value key) {
    if (IS_OBJ(obj)) {
        GiltType *t = AS_OBJ(obj)->type;
        size_t i;
        int r;
        if (t == GILT_TYPE(ts, LIST)) {
            r = seq_index(ts, key, AS_LIST(obj)->len, &i, "list");
            if (r <= 0)
                return r ? VAL_NULL : AS_LIST(obj)->items[i];
        } else if (t == GILT_TYPE(ts, TUPLE)) {
            r = seq_index(ts, key, AS_TUPLE(obj)->len, &i, "tuple");
            if (r <= 0)
                return r ? VAL_NULL : AS_TUPLE(obj)->items[i];
        }
    }
    bool found;
    Value r = gilt_call_dunder(ts, obj, GILT_NAME(ts, __getitem__), &key, 1,
                               &found);
    if (found)
        return r;
    if (gilt_is_type(obj)) {
        Value cg = gilt_getattr_opt(ts, obj, GILT_NAME(ts, __class_getitem__));
        if (cg)
            return gilt_call1(ts, cg, key);
        if (ts->exc)
            return VAL_NULL;
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "type '%U' is not subscriptable", AS_TYPE(obj)->name);
    }
    return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                      "'%T' object is not subscriptable", obj);
}

int gilt_setitem(GiltThread *ts, Value obj, Value key, Value v) {
    if (IS_OBJ(obj) && AS_OBJ(obj)->type == GILT_TYPE(ts, LIST) && IS_INT(key)) {
        size_t i;
        int r = seq_index(ts, key, AS_LIST(obj)->len, &i, "list assignment");
        if (r < 0)
            return -1;
        AS_LIST(obj)->items[i] = v;
        return 0;
    }
    if (IS_OBJ(obj) && AS_OBJ(obj)->type == GILT_TYPE(ts, DICT))
        return gilt_dict_set(ts, AS_DICT(obj), key, v);
    bool found;
    Value args[2] = {key, v};
    Value r = gilt_call_dunder(ts, obj, GILT_NAME(ts, __setitem__), args, 2,
                               &found);
    if (!found) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "'%T' object does not support item assignment", obj);
        return -1;
    }
    return r ? 0 : -1;
}

// `del obj[key]` where obj has no __delitem__, as CPython's
// PyObject_DelItem fails: an index into a type with sequence slots
// (containers with a length or `in`; every class statement's) is first
// converted (IndexError if it does not fit), then gets PySequence_DelItem's
// "doesn't"; anything else "does not".
static int no_delitem(GiltThread *ts, Value obj, Value key) {
    GiltType *t = gilt_typeof(ts, obj);
    bool seq = (t->flags & GILT_TF_HEAPTYPE) ||
               gilt_type_lookup(ts, t, GILT_NAME(ts, __len__)) ||
               gilt_type_lookup(ts, t, GILT_NAME(ts, __contains__));
    if (seq && gilt_type_lookup(ts, gilt_typeof(ts, key), GILT_NAME(ts, __index__))) {
        int64_t i;
        int r = gilt_list_index_i64(ts, key, &i);
        if (r < 0)
            return -1;
        if (r > 0) {
            gilt_raise(ts, GILT_EXC_INDEX_ERROR,
                       "cannot fit 'int' into an index-sized integer");
            return -1;
        }
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "'%T' object doesn't support item deletion", obj);
        return -1;
    }
    gilt_raise(ts, GILT_EXC_TYPE_ERROR,
               "'%T' object does not support item deletion", obj);
    return -1;
}

int gilt_delitem(GiltThread *ts, Value obj, Value key) {
    bool found;
    Value r = gilt_call_dunder(ts, obj, GILT_NAME(ts, __delitem__), &key, 1,
                               &found);
    if (!found)
        return no_delitem(ts, obj, key);
    return r ? 0 : -1;
}

int gilt_len(GiltThread *ts, Value v, int64_t *out) {
    if (IS_OBJ(v)) {
        GiltType *t = AS_OBJ(v)->type;
        if (t == GILT_TYPE(ts, LIST)) {
            *out = (int64_t)AS_LIST(v)->len;
            return 0;
        }
        if (t == GILT_TYPE(ts, TUPLE)) {
            *out = (int64_t)AS_TUPLE(v)->len;
            return 0;
        }
        if (t == GILT_TYPE(ts, STR)) {
            *out = (int64_t)AS_STR(v)->len;
            return 0;
        }
        if (t == GILT_TYPE(ts, DICT)) {
            *out = (int64_t)AS_DICT(v)->len;
            return 0;
        }
    }
    bool found;
    Value r = gilt_call_dunder(ts, v, GILT_NAME(ts, __len__), NULL, 0, &found);
    if (!found) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR, "object of type '%T' has no len()",
                   v);
        return -1;
    }
    if (!r)
        return -1;
    Value i = gilt_index_value(ts, r);
    if (!i)
        return -1;
    if (gilt_int_sign(i) < 0) {
        gilt_raise(ts, GILT_EXC_VALUE_ERROR, "__len__() should return >= 0");
        return -1;
    }
    if (gilt_int_to_i64(ts, i, out) < 0) {
        gilt_exc_clear(ts);
        gilt_raise(ts, GILT_EXC_OVERFLOW_ERROR,
                   "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    return 0;
}

static int contains_by_iteration(GiltThread *ts, Value c, Value x) {
    Value it = gilt_iter(ts, c);
    if (!it)
        return -1;
    gilt_gc_push_root(ts, it);
    int found = 0;
    for (;;) {
        Value item = gilt_next(ts, it);
        if (!item) {
            found = ts->exc ? -1 : 0;
            break;
        }
        int eq = gilt_eq(ts, item, x);
        if (eq != 0) {
            found = eq;
            break;
        }
    }
    gilt_gc_pop_root(ts);
    return found;
}

int gilt_contains(GiltThread *ts, Value container, Value x) {
    bool found;
    Value r = gilt_call_dunder(ts, container, GILT_NAME(ts, __contains__), &x,
                               1, &found);
    if (found)
        return r ? gilt_truthy(ts, r) : -1;
    GiltType *t = gilt_typeof(ts, container);
    if (!gilt_type_lookup(ts, t, GILT_NAME(ts, __iter__)) &&
        !gilt_type_lookup(ts, t, GILT_NAME(ts, __getitem__))) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "argument of type '%T' is not iterable", container);
        return -1;
    }
    return contains_by_iteration(ts, container, x);
}

Value gilt_iter(GiltThread *ts, Value v) {
    GiltType *t = gilt_typeof(ts, v);
    Value f = gilt_type_lookup(ts, t, GILT_NAME(ts, __iter__));
    if (f == VAL_NONE) // __iter__ = None declares the type not iterable
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "'%T' object is not iterable",
                          v);
    if (!f) {
        if (gilt_type_lookup(ts, t, GILT_NAME(ts, __getitem__)))
            return gilt_seqiter_new(ts, v);
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "'%T' object is not iterable",
                          v);
    }
    Value it = gilt_call_with_self(ts, f, v, NULL, 0, NULL);
    if (!it)
        return VAL_NULL;
    GiltType *it_t = gilt_typeof(ts, it);
    if (!it_t->iternext && !gilt_type_lookup(ts, it_t, GILT_NAME(ts, __next__)))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "iter() returned non-iterator of type '%T'", it);
    return it;
}

Value gilt_next(GiltThread *ts, Value it) {
    GiltIterNextFn f = gilt_typeof(ts, it)->iternext;
    if (GILT_LIKELY(f != NULL))
        return f(ts, it);
    return gilt_slot_iternext(ts, it);
}
