/* slice.c - The slice type and resolving slices and subscripts against a
 * sequence length, with CPython's clamping rules (PySlice_Unpack and
 * PySlice_AdjustIndices): out-of-range bounds clamp, huge ints clamp to
 * the int64 range, and only a zero step is an error.
 */
#include "slice.h"

#include "../vm/gc.h"
#include "dict.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

Value gilt_slice_new(GiltThread *ts, Value start, Value stop, Value step) {
    GiltSlice *s = gilt_gc_alloc(ts, GILT_TYPE(ts, SLICE), sizeof(GiltSlice));
    if (!s)
        return VAL_NULL;
    s->start = start;
    s->stop = stop;
    s->step = step;
    return OBJ_VAL(s);
}

static bool has_index(GiltThread *ts, Value v) {
    return IS_INT(v) || IS_BOOL(v) || gilt_is_int(ts, v) ||
           gilt_type_lookup(ts, gilt_typeof(ts, v), GILT_NAME(ts, __index__));
}

int gilt_slice_clamp_index(GiltThread *ts, Value v, bool none_ok,
                           int64_t *out) {
    if (IS_INT(v)) {
        *out = AS_INT(v);
        return 0;
    }
    if (!has_index(ts, v)) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   none_ok ? "slice indices must be integers or None or have "
                             "an __index__ method"
                           : "slice indices must be integers or have an "
                             "__index__ method");
        return -1;
    }
    Value i = gilt_index_value(ts, v);
    if (!i)
        return -1;
    if (IS_INT(i))
        *out = AS_INT(i);
    else if (gilt_int_to_i64(ts, i, out) < 0) {
        gilt_exc_clear(ts);
        *out = gilt_int_sign(i) < 0 ? INT64_MIN : INT64_MAX;
    }
    return 0;
}

Value gilt_slice_index_value(GiltThread *ts, Value v) {
    if (!has_index(ts, v))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "slice indices must be integers or None or have an "
                          "__index__ method");
    return gilt_index_value(ts, v);
}

int gilt_slice_unpack(GiltThread *ts, Value slice, int64_t *start,
                      int64_t *stop, int64_t *step) {
    GiltSlice *s = AS_SLICE(slice);
    if (s->step == VAL_NONE) {
        *step = 1;
    } else {
        if (gilt_slice_clamp_index(ts, s->step, true, step) < 0)
            return -1;
        if (*step == 0) {
            gilt_raise(ts, GILT_EXC_VALUE_ERROR, "slice step cannot be zero");
            return -1;
        }
        // -step must not overflow (CPython clamps to -PY_SSIZE_T_MAX).
        if (*step < -INT64_MAX)
            *step = -INT64_MAX;
    }
    if (s->start == VAL_NONE)
        *start = *step < 0 ? INT64_MAX : 0;
    else if (gilt_slice_clamp_index(ts, s->start, true, start) < 0)
        return -1;
    if (s->stop == VAL_NONE)
        *stop = *step < 0 ? INT64_MIN : INT64_MAX;
    else if (gilt_slice_clamp_index(ts, s->stop, true, stop) < 0)
        return -1;
    return 0;
}

static void adjust_bound(int64_t *v, int64_t len, int64_t step) {
    if (*v < 0) {
        *v += len;
        if (*v < 0)
            *v = step < 0 ? -1 : 0;
    } else if (*v >= len) {
        *v = step < 0 ? len - 1 : len;
    }
}

int64_t gilt_slice_adjust(int64_t len, int64_t *start, int64_t *stop,
                          int64_t step) {
    adjust_bound(start, len, step);
    adjust_bound(stop, len, step);
    if (step < 0) {
        if (*stop < *start)
            return (int64_t)(((uint64_t)*start - (uint64_t)*stop - 1) /
                             (uint64_t)-step) + 1;
    } else if (*start < *stop) {
        return (int64_t)(((uint64_t)*stop - (uint64_t)*start - 1) /
                         (uint64_t)step) + 1;
    }
    return 0;
}

int64_t gilt_slice_indices(GiltThread *ts, Value slice, int64_t len,
                           int64_t *start, int64_t *stop, int64_t *step) {
    if (gilt_slice_unpack(ts, slice, start, stop, step) < 0)
        return -1;
    return gilt_slice_adjust(len, start, stop, *step);
}

int gilt_slice_subscript(GiltThread *ts, Value key, const char *what,
                         int64_t *index) {
    if (IS_INT(key)) {
        *index = AS_INT(key);
        return 0;
    }
    if (GILT_IS(ts, key, SLICE))
        return 1;
    if (!has_index(ts, key)) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "%s indices must be integers or slices, not %T", what, key);
        return -1;
    }
    return gilt_index(ts, key, index);
}

// ---- the slice type -------------------------------------------------------------

static Value slice_new(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    if (gilt_no_kwargs(ts, "slice", kw) < 0)
        return VAL_NULL;
    int n = nargs - 1;
    if (n < 1)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "slice expected at least 1 argument, got %d", n);
    if (n > 3)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "slice expected at most 3 arguments, got %d", n);
    if (n == 1)
        return gilt_slice_new(ts, VAL_NONE, args[1], VAL_NONE);
    return gilt_slice_new(ts, args[1], args[2], n == 3 ? args[3] : VAL_NONE);
}

static Value slice_indices_m(GiltThread *ts, Value *args, int nargs,
                             GiltTuple *kw) {
    Value lv = gilt_index_value(ts, args[1]);
    if (!lv)
        return VAL_NULL;
    if (gilt_int_sign(lv) < 0)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                          "length should not be negative");
    int64_t len, start, stop, step;
    if (gilt_int_to_i64(ts, lv, &len) < 0)
        return VAL_NULL;
    if (gilt_slice_indices(ts, args[0], len, &start, &stop, &step) < 0)
        return VAL_NULL;
    // A huge step is reported as given, not clamped.
    Value stepv = AS_SLICE(args[0])->step == VAL_NONE
                      ? INT_VAL(1)
                      : gilt_slice_index_value(ts, AS_SLICE(args[0])->step);
    if (!stepv)
        return VAL_NULL;
    gilt_gc_push_root(ts, stepv);
    Value a = gilt_int_from_i64(ts, start), b = a ? gilt_int_from_i64(ts, stop)
                                                   : VAL_NULL;
    Value r = b ? gilt_tuple_pack(ts, 3, a, b, stepv) : VAL_NULL;
    gilt_gc_pop_root(ts);
    return r;
}

static Value slice_repr(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltSlice *s = AS_SLICE(args[0]);
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    gilt_strbuf_append_cstr(ts, &b, "slice(");
    if (gilt_strbuf_append_repr(ts, &b, s->start) &&
        gilt_strbuf_append_cstr(ts, &b, ", ") &&
        gilt_strbuf_append_repr(ts, &b, s->stop) &&
        gilt_strbuf_append_cstr(ts, &b, ", ") &&
        gilt_strbuf_append_repr(ts, &b, s->step))
        gilt_strbuf_append_char(ts, &b, ')');
    return gilt_strbuf_finish(ts, &b);
}

// Slices compare as the tuples (start, stop, step).
static Value slice_compare(GiltThread *ts, Value *args, GiltCompareOp op) {
    if (!GILT_IS(ts, args[1], SLICE))
        return VAL_NOTIMPL;
    GiltSlice *a = AS_SLICE(args[0]), *b = AS_SLICE(args[1]);
    if (a == b && (op == GILT_EQ || op == GILT_NE))
        return BOOL_VAL(op == GILT_EQ);
    Value ta = gilt_tuple_pack(ts, 3, a->start, a->stop, a->step);
    if (!ta)
        return VAL_NULL;
    gilt_gc_push_root(ts, ta);
    Value tb = gilt_tuple_pack(ts, 3, b->start, b->stop, b->step);
    Value r = tb ? gilt_richcompare(ts, ta, tb, op) : VAL_NULL;
    gilt_gc_pop_root(ts);
    return r;
}

#define SLICE_CMP(name, op)                                                    \
    static Value name(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) { \
        return slice_compare(ts, args, op);                                    \
    }
SLICE_CMP(slice_eq, GILT_EQ)
SLICE_CMP(slice_ne, GILT_NE)
SLICE_CMP(slice_lt, GILT_LT)
SLICE_CMP(slice_le, GILT_LE)
SLICE_CMP(slice_gt, GILT_GT)
SLICE_CMP(slice_ge, GILT_GE)

static Value slice_reduce(GiltThread *ts, Value *args, int nargs,
                          GiltTuple *kw) {
    GiltSlice *s = AS_SLICE(args[0]);
    Value t = gilt_tuple_pack(ts, 3, s->start, s->stop, s->step);
    if (!t)
        return VAL_NULL;
    gilt_gc_push_root(ts, t);
    Value r = gilt_tuple_pack(ts, 2, OBJ_VAL(GILT_TYPE(ts, SLICE)), t);
    gilt_gc_pop_root(ts);
    return r;
}

static Value get_start(GiltThread *ts, Value self) {
    return AS_SLICE(self)->start;
}
static Value get_stop(GiltThread *ts, Value self) {
    return AS_SLICE(self)->stop;
}
static Value get_step(GiltThread *ts, Value self) {
    return AS_SLICE(self)->step;
}

static const GiltMethodDef slice_methods[] = {
    {"__new__", slice_new, 0, -1, GILT_M_STATIC | GILT_M_KW},
    {"indices", slice_indices_m, 1, 1, 0},
    {"__repr__", slice_repr, 0, 0, 0},
    {"__eq__", slice_eq, 1, 1, 0},
    {"__ne__", slice_ne, 1, 1, 0},
    {"__lt__", slice_lt, 1, 1, 0},
    {"__le__", slice_le, 1, 1, 0},
    {"__gt__", slice_gt, 1, 1, 0},
    {"__ge__", slice_ge, 1, 1, 0},
    {"__reduce__", slice_reduce, 0, 0, 0},
    {NULL}};

static const GiltGetSetDef slice_getsets[] = {
    {"start", get_start, NULL},
    {"stop", get_stop, NULL},
    {"step", get_step, NULL},
    {NULL}};

static void slice_trace(GiltGC *gc, GiltObject *o) {
    GiltSlice *s = (GiltSlice *)o;
    gilt_gc_mark(gc, s->start);
    gilt_gc_mark(gc, s->stop);
    gilt_gc_mark(gc, s->step);
}

int gilt_slice_init_types(GiltThread *ts) {
    static const GiltTypeSpec spec = {
        .name = "slice",
        .basicsize = sizeof(GiltSlice),
        .methods = slice_methods,
        .getsets = slice_getsets,
        .trace = slice_trace,
    };
    GiltType *t = gilt_type_from_spec(ts, &spec, GILT_T_SLICE);
    // Slices are unhashable before Python 3.12.
    return t && gilt_dict_set_str(ts, t->dict, GILT_NAME(ts, __hash__),
                                  VAL_NONE) == 0
               ? 0
               : -1;
}
