/* list_methods.c - list's methods and dunders (construction, mutation,
 * search, concatenation, comparison, repr) and its two iterators.
 * Subscripting is in list_slice.c, sorting in list_sort.c.
 *
 * User code (__eq__, __repr__, iteration) may run in the middle of most
 * operations and mutate the list, so loops re-read `len` and `items`
 * after every call that can run code and never keep a pointer into the
 * item array across one.
 */
#include "list.h"

#include "../vm/gc.h"
#include "dict.h"
#include "int.h"
#include "slice.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

#define SELF AS_LIST(args[0])

// v.__index__() as an int64: 0, 1 when it does not fit (no exception
// set), -1 on error.
int gilt_list_index_i64(GiltThread *ts, Value v, int64_t *out) {
    if (IS_INT(v)) {
        *out = AS_INT(v);
        return 0;
    }
    Value i = gilt_index_value(ts, v);
    if (!i)
        return -1;
    if (IS_INT(i)) {
        *out = AS_INT(i);
        return 0;
    }
    if (gilt_int_to_i64(ts, i, out) < 0) {
        gilt_exc_clear(ts);
        return 1;
    }
    return 0;
}

// The C ssize_t conversion of argument clinic (insert, pop).
static int ssize_arg(GiltThread *ts, Value v, int64_t *out) {
    int r = gilt_list_index_i64(ts, v, out);
    if (r > 0)
        gilt_raise(ts, GILT_EXC_OVERFLOW_ERROR,
                   "Python int too large to convert to C ssize_t");
    return r ? -1 : 0;
}

// ---- construction ------------------------------------------------------------------

static Value list_new(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltType *cls = AS_TYPE(args[0]);
    GiltList *l = gilt_alloc_instance(ts, cls, sizeof(GiltList));
    return l ? OBJ_VAL(l) : VAL_NULL;
}

static Value list_init(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    if (gilt_no_kwargs(ts, "list", kw) < 0)
        return VAL_NULL;
    if (nargs > 2)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "list expected at most 1 argument, got %d", nargs - 1);
    GiltList *l = SELF;
    l->len = 0;
    if (nargs == 2 && gilt_list_extend(ts, l, args[1]) < 0)
        return VAL_NULL;
    return VAL_NONE;
}

// ---- mutation ------------------------------------------------------------------------

static Value list_append(GiltThread *ts, Value *args, int nargs,
                         GiltTuple *kw) {
    if (gilt_list_append(ts, SELF, args[1]) < 0)
        return VAL_NULL;
    return VAL_NONE;
}

static Value list_extend_m(GiltThread *ts, Value *args, int nargs,
                           GiltTuple *kw) {
    if (gilt_list_extend(ts, SELF, args[1]) < 0)
        return VAL_NULL;
    return VAL_NONE;
}

static Value list_insert(GiltThread *ts, Value *args, int nargs,
                         GiltTuple *kw) {
    if (nargs != 3)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "insert expected 2 arguments, got %d", nargs - 1);
    int64_t i;
    if (ssize_arg(ts, args[1], &i) < 0 ||
        gilt_list_insert(ts, SELF, i, args[2]) < 0)
        return VAL_NULL;
    return VAL_NONE;
}

static Value list_pop(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltList *l = SELF;
    int64_t i = -1;
    if (nargs > 1 && ssize_arg(ts, args[1], &i) < 0)
        return VAL_NULL;
    if (l->len == 0)
        return gilt_raise(ts, GILT_EXC_INDEX_ERROR, "pop from empty list");
    if (i < 0)
        i += (int64_t)l->len;
    if (i < 0 || (uint64_t)i >= l->len)
        return gilt_raise(ts, GILT_EXC_INDEX_ERROR, "pop index out of range");
    Value v = l->items[i];
    memmove(l->items + i, l->items + i + 1,
            (l->len - (size_t)i - 1) * sizeof(Value));
    l->len--;
    return v;
}

// Index of the first item equal to [x] in [lo, hi), -1 if none, -2 on
// error. Compares item == x (item first, as CPython).
static int64_t find_item(GiltThread *ts, GiltList *l, Value x, int64_t lo,
                         int64_t hi) {
    for (int64_t i = lo; i < hi && (uint64_t)i < l->len; i++) {
        Value item = l->items[i];
        if (item == x)
            return i;
        if (BOTH_INT(item, x))
            continue; // distinct small ints are unequal
        int eq = gilt_list_eq_rooted(ts, item, x);
        if (eq < 0)
            return -2;
        if (eq)
            return i;
    }
    return -1;
}

// gilt_eq with [a] rooted: an item read from a mutable container may be
// removed from it by the __eq__ it triggers.
int gilt_list_eq_rooted(GiltThread *ts, Value a, Value b) {
    gilt_gc_push_root(ts, a);
    int eq = gilt_eq(ts, a, b);
    gilt_gc_pop_root(ts);
    return eq;
}

static Value list_remove(GiltThread *ts, Value *args, int nargs,
                         GiltTuple *kw) {
    GiltList *l = SELF;
    int64_t i = find_item(ts, l, args[1], 0, INT64_MAX);
    if (i == -2)
        return VAL_NULL;
    if (i < 0)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                          "list.remove(x): x not in list");
    memmove(l->items + i, l->items + i + 1,
            (l->len - (size_t)i - 1) * sizeof(Value));
    l->len--;
    return VAL_NONE;
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

static Value list_index(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltList *l = SELF;
    int64_t lo = 0, hi = INT64_MAX;
    if (nargs > 2 && index_bound(ts, args[2], (int64_t)l->len, &lo) < 0)
        return VAL_NULL;
    if (nargs > 3 && index_bound(ts, args[3], (int64_t)l->len, &hi) < 0)
        return VAL_NULL;
    int64_t i = find_item(ts, l, args[1], lo, hi);
    if (i == -2)
        return VAL_NULL;
    if (i < 0)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR, "%R is not in list",
                          args[1]);
    return INT_VAL(i);
}

static Value list_count(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltList *l = SELF;
    int64_t n = 0;
    for (size_t i = 0; i < l->len; i++) {
        Value item = l->items[i];
        if (item == args[1]) {
            n++;
            continue;
        }
        if (BOTH_INT(item, args[1]))
            continue;
        int eq = gilt_list_eq_rooted(ts, item, args[1]);
        if (eq < 0)
            return VAL_NULL;
        n += eq;
    }
    return INT_VAL(n);
}

static Value list_clear(GiltThread *ts, Value *args, int nargs,
                        GiltTuple *kw) {
    GiltList *l = SELF;
    gilt_mem_free(ts->vm, l->items, l->cap * sizeof(Value));
    l->items = NULL;
    l->len = l->cap = 0;
    return VAL_NONE;
}

static Value list_copy(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltList *c = gilt_list_from(ts, SELF->items, SELF->len);
    return c ? OBJ_VAL(c) : VAL_NULL;
}

void gilt_list_reverse_values(Value *lo, Value *hi) {
    for (--hi; lo < hi; lo++, hi--) {
        Value t = *lo;
        *lo = *hi;
        *hi = t;
    }
}

static Value list_reverse(GiltThread *ts, Value *args, int nargs,
                          GiltTuple *kw) {
    GiltList *l = SELF;
    if (l->len > 1)
        gilt_list_reverse_values(l->items, l->items + l->len);
    return VAL_NONE;
}

static Value list_sort_m(GiltThread *ts, Value *args, int nargs,
                         GiltTuple *kw) {
    if (nargs > 1)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "sort() takes no positional arguments");
    static const char *const names[] = {"$key", "$reverse", NULL};
    Value a[2];
    if (gilt_parse_args(ts, "sort", args + 1, 0, kw, names, 0, a) < 0)
        return VAL_NULL;
    int reverse = 0;
    if (a[1] && (reverse = gilt_list_bool_arg(ts, a[1])) < 0)
        return VAL_NULL;
    if (gilt_list_sort(ts, SELF, a[0], reverse) < 0)
        return VAL_NULL;
    return VAL_NONE;
}

// The `bool(accept={int})` conversion of sort's reverse flag.
int gilt_list_bool_arg(GiltThread *ts, Value v) {
    if (IS_BOOL(v))
        return v == VAL_TRUE;
    if (IS_INT(v))
        return AS_INT(v) != 0;
    if (IS_FLOAT(v)) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "'float' object cannot be interpreted as an integer");
        return -1;
    }
    Value i = gilt_index_value(ts, v);
    if (!i)
        return -1;
    int64_t x;
    if (gilt_int_to_i64(ts, i, &x) < 0 || x > INT32_MAX || x < INT32_MIN) {
        gilt_exc_clear(ts);
        gilt_raise(ts, GILT_EXC_OVERFLOW_ERROR,
                   "Python int too large to convert to C int");
        return -1;
    }
    return x != 0;
}

// ---- operators ---------------------------------------------------------------------

static Value list_add(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    if (!GILT_IS_SUB(ts, args[1], GILT_TF_LIST_SUB))
        return VAL_NOTIMPL;
    GiltList *a = SELF, *b = AS_LIST(args[1]);
    GiltList *r = gilt_list_new(ts, a->len + b->len);
    if (!r)
        return VAL_NULL;
    if (a->len)
        memcpy(r->items, a->items, a->len * sizeof(Value));
    if (b->len)
        memcpy(r->items + a->len, b->items, b->len * sizeof(Value));
    r->len = a->len + b->len;
    return OBJ_VAL(r);
}

static Value list_iadd(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    if (gilt_list_extend(ts, SELF, args[1]) < 0)
        return VAL_NULL;
    return args[0];
}

// The repeat count of seq * n: 0 with *n set, 1 for NotImplemented.
int gilt_list_repeat_count(GiltThread *ts, Value v, int64_t *n) {
    if (IS_INT(v)) {
        *n = AS_INT(v);
        return 0;
    }
    if (!IS_BOOL(v) && !gilt_is_int(ts, v) &&
        !gilt_type_lookup(ts, gilt_typeof(ts, v), GILT_NAME(ts, __index__)))
        return 1;
    int r = gilt_list_index_i64(ts, v, n);
    if (r > 0)
        gilt_raise(ts, GILT_EXC_OVERFLOW_ERROR,
                   "cannot fit '%T' into an index-sized integer", v);
    return r ? -1 : 0;
}

// Fill dst with n copies of src[0..len), doubling the copied block.
void gilt_list_repeat_fill(Value *dst, const Value *src, size_t len,
                           size_t total) {
    if (total == 0)
        return;
    memcpy(dst, src, len * sizeof(Value));
    for (size_t done = len; done < total;) {
        size_t k = done < total - done ? done : total - done;
        memcpy(dst + done, dst, k * sizeof(Value));
        done += k;
    }
}

static Value list_mul(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    int64_t n;
    int r = gilt_list_repeat_count(ts, args[1], &n);
    if (r)
        return r < 0 ? VAL_NULL : VAL_NOTIMPL;
    GiltList *a = SELF;
    size_t len = a->len;
    if (n <= 0 || len == 0)
        return OBJ_VAL(gilt_list_new(ts, 0));
    if ((uint64_t)n > (SIZE_MAX >> 4) / len)
        return gilt_raise_nomem(ts);
    size_t total = len * (size_t)n;
    GiltList *res = gilt_list_new(ts, total);
    if (!res)
        return VAL_NULL;
    gilt_list_repeat_fill(res->items, a->items, len, total);
    res->len = total;
    return OBJ_VAL(res);
}

static Value list_imul(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    int64_t n;
    int r = gilt_list_repeat_count(ts, args[1], &n);
    if (r)
        return r < 0 ? VAL_NULL : VAL_NOTIMPL;
    GiltList *l = SELF;
    size_t len = l->len;
    if (n <= 0 || len == 0) {
        l->len = 0;
        return args[0];
    }
    if ((uint64_t)n > (SIZE_MAX >> 4) / len)
        return gilt_raise_nomem(ts);
    size_t total = len * (size_t)n;
    if (gilt_list_reserve(ts, l, total - len) < 0)
        return VAL_NULL;
    gilt_list_repeat_fill(l->items, l->items, len, total);
    l->len = total;
    return args[0];
}

static Value list_contains(GiltThread *ts, Value *args, int nargs,
                           GiltTuple *kw) {
    int64_t i = find_item(ts, SELF, args[1], 0, INT64_MAX);
    return i == -2 ? VAL_NULL : BOOL_VAL(i >= 0);
}

static Value list_len(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return INT_VAL((int64_t)SELF->len);
}

// ---- comparison ----------------------------------------------------------------------

static bool cmp_sizes(size_t a, size_t b, GiltCompareOp op) {
    switch (op) {
    case GILT_LT:
        return a < b;
    case GILT_LE:
        return a <= b;
    case GILT_EQ:
        return a == b;
    case GILT_NE:
        return a != b;
    case GILT_GT:
        return a > b;
    default:
        return a >= b;
    }
}

// Lexicographic comparison of two item arrays as CPython's list and tuple
// richcompare do. Lists may change under a user __eq__, so the arrays and
// lengths are passed by address and re-read after every comparison.
Value gilt_list_compare_items(GiltThread *ts, Value *const *pa,
                              const size_t *na, Value *const *pb,
                              const size_t *nb, GiltCompareOp op) {
    if (*na != *nb && (op == GILT_EQ || op == GILT_NE))
        return BOOL_VAL(op == GILT_NE);
    size_t i = 0;
    size_t mark = gilt_gc_roots_mark(ts);
    for (; i < *na && i < *nb; i++) {
        Value x = (*pa)[i], y = (*pb)[i];
        if (x == y)
            continue;
        if (BOTH_INT(x, y))
            break;
        gilt_gc_push_root(ts, x);
        gilt_gc_push_root(ts, y);
        int eq = gilt_eq(ts, x, y);
        gilt_gc_roots_restore(ts, mark);
        if (eq < 0)
            return VAL_NULL;
        if (!eq)
            break;
    }
    if (i >= *na || i >= *nb)
        return BOOL_VAL(cmp_sizes(*na, *nb, op));
    if (op == GILT_EQ)
        return VAL_FALSE;
    if (op == GILT_NE)
        return VAL_TRUE;
    Value x = (*pa)[i], y = (*pb)[i];
    gilt_gc_push_root(ts, x);
    gilt_gc_push_root(ts, y);
    Value r = gilt_richcompare(ts, x, y, op);
    gilt_gc_roots_restore(ts, mark);
    return r;
}

static Value list_compare(GiltThread *ts, Value *args, GiltCompareOp op) {
    if (!GILT_IS_SUB(ts, args[1], GILT_TF_LIST_SUB))
        return VAL_NOTIMPL;
    GiltList *a = SELF, *b = AS_LIST(args[1]);
    return gilt_list_compare_items(ts, &a->items, &a->len, &b->items, &b->len,
                                   op);
}

#define LIST_CMP(name, op)                                                     \
    static Value name(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) { \
        return list_compare(ts, args, op);                                     \
    }
LIST_CMP(list_eq, GILT_EQ)
LIST_CMP(list_ne, GILT_NE)
LIST_CMP(list_lt, GILT_LT)
LIST_CMP(list_le, GILT_LE)
LIST_CMP(list_gt, GILT_GT)
LIST_CMP(list_ge, GILT_GE)

// ---- repr ----------------------------------------------------------------------------

static Value list_repr(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltList *l = SELF;
    if (l->len == 0)
        return gilt_str_from_cstr(ts, "[]");
    int r = gilt_repr_enter(ts, args[0]);
    if (r)
        return r < 0 ? VAL_NULL : gilt_str_from_cstr(ts, "[...]");
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    gilt_strbuf_append_char(ts, &b, '[');
    for (size_t i = 0; i < l->len; i++) {
        if (i)
            gilt_strbuf_append_cstr(ts, &b, ", ");
        gilt_gc_push_root(ts, l->items[i]);
        bool ok = gilt_strbuf_append_repr(ts, &b, l->items[i]);
        gilt_gc_pop_root(ts);
        if (!ok)
            break;
    }
    gilt_strbuf_append_char(ts, &b, ']');
    gilt_repr_leave(ts, args[0]);
    return gilt_strbuf_finish(ts, &b);
}

// ---- iterators -----------------------------------------------------------------------

static Value list_iter(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltListIter *it = gilt_gc_alloc(ts, GILT_TYPE(ts, LIST_ITER),
                                     sizeof(GiltListIter));
    if (!it)
        return VAL_NULL;
    it->list = SELF;
    return OBJ_VAL(it);
}

static Value list_reversed(GiltThread *ts, Value *args, int nargs,
                           GiltTuple *kw) {
    GiltListIter *it = gilt_gc_alloc(ts, GILT_TYPE(ts, LIST_REVITER),
                                     sizeof(GiltListIter));
    if (!it)
        return VAL_NULL;
    it->list = SELF;
    it->index = SELF->len - 1; // SIZE_MAX when empty: exhausted at once
    return OBJ_VAL(it);
}

Value gilt_list_iter_next(GiltThread *ts, Value v) {
    GiltListIter *it = (GiltListIter *)AS_OBJ(v);
    GiltList *l = it->list;
    if (l && it->index < l->len)
        return l->items[it->index++];
    it->list = NULL;
    return VAL_NULL;
}

static Value list_reviter_next(GiltThread *ts, Value v) {
    GiltListIter *it = (GiltListIter *)AS_OBJ(v);
    GiltList *l = it->list;
    if (l && it->index < l->len)
        return l->items[it->index--];
    it->list = NULL;
    return VAL_NULL;
}

static Value listiter_hint(GiltThread *ts, Value *args, int nargs,
                           GiltTuple *kw) {
    GiltListIter *it = (GiltListIter *)AS_OBJ(args[0]);
    if (!it->list || it->index >= it->list->len)
        return INT_VAL(0);
    return INT_VAL((int64_t)(it->list->len - it->index));
}

static Value listreviter_hint(GiltThread *ts, Value *args, int nargs,
                              GiltTuple *kw) {
    GiltListIter *it = (GiltListIter *)AS_OBJ(args[0]);
    if (!it->list || it->index >= it->list->len)
        return INT_VAL(0);
    return INT_VAL((int64_t)it->index + 1);
}

static void listiter_trace(GiltGC *gc, GiltObject *o) {
    gilt_gc_mark_obj(gc, (GiltObject *)((GiltListIter *)o)->list);
}

// ---- type setup ------------------------------------------------------------------------

static const GiltMethodDef list_methods[] = {
    {"__new__", list_new, 0, -1, GILT_M_STATIC | GILT_M_KW},
    {"__init__", list_init, 0, -1, GILT_M_KW},
    {"append", list_append, 1, 1, 0},
    {"extend", list_extend_m, 1, 1, 0},
    {"insert", list_insert, 0, -1, 0},
    {"pop", list_pop, 0, 1, 0},
    {"remove", list_remove, 1, 1, 0},
    {"index", list_index, 1, 3, 0},
    {"count", list_count, 1, 1, 0},
    {"clear", list_clear, 0, 0, 0},
    {"copy", list_copy, 0, 0, 0},
    {"reverse", list_reverse, 0, 0, 0},
    {"sort", list_sort_m, 0, -1, GILT_M_KW},
    {"__getitem__", gilt_list_getitem_m, 1, 1, 0},
    {"__setitem__", gilt_list_setitem_m, 2, 2, 0},
    {"__delitem__", gilt_list_delitem_m, 1, 1, 0},
    {"__add__", list_add, 1, 1, 0},
    {"__iadd__", list_iadd, 1, 1, 0},
    {"__mul__", list_mul, 1, 1, 0},
    {"__rmul__", list_mul, 1, 1, 0},
    {"__imul__", list_imul, 1, 1, 0},
    {"__contains__", list_contains, 1, 1, 0},
    {"__len__", list_len, 0, 0, 0},
    {"__iter__", list_iter, 0, 0, 0},
    {"__reversed__", list_reversed, 0, 0, 0},
    {"__eq__", list_eq, 1, 1, 0},
    {"__ne__", list_ne, 1, 1, 0},
    {"__lt__", list_lt, 1, 1, 0},
    {"__le__", list_le, 1, 1, 0},
    {"__gt__", list_gt, 1, 1, 0},
    {"__ge__", list_ge, 1, 1, 0},
    {"__repr__", list_repr, 0, 0, 0},
    {NULL}};

static const GiltMethodDef listiter_methods[] = {
    {"__iter__", gilt_iter_self, 0, 0, 0},
    {"__length_hint__", listiter_hint, 0, 0, 0},
    {NULL}};

static const GiltMethodDef listreviter_methods[] = {
    {"__iter__", gilt_iter_self, 0, 0, 0},
    {"__length_hint__", listreviter_hint, 0, 0, 0},
    {NULL}};

int gilt_list_methods_init_types(GiltThread *ts) {
    static const GiltTypeSpec iter_spec = {
        .name = "list_iterator",
        .basicsize = sizeof(GiltListIter),
        .methods = listiter_methods,
        .iternext = gilt_list_iter_next,
        .trace = listiter_trace,
    };
    static const GiltTypeSpec reviter_spec = {
        .name = "list_reverseiterator",
        .basicsize = sizeof(GiltListIter),
        .methods = listreviter_methods,
        .iternext = list_reviter_next,
        .trace = listiter_trace,
    };
    GiltType *list = GILT_TYPE(ts, LIST);
    if (!gilt_type_from_spec(ts, &iter_spec, GILT_T_LIST_ITER) ||
        !gilt_type_from_spec(ts, &reviter_spec, GILT_T_LIST_REVITER) ||
        gilt_type_add_methods(ts, list, list_methods) < 0 ||
        gilt_dict_set_str(ts, list->dict, GILT_NAME(ts, __hash__), VAL_NONE) < 0)
        return -1;
    gilt_type_modified(ts, list);
    return 0;
}
