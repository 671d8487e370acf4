/* collections.c - The _collections module: deque and its iterators
 * (lib/collections/ builds the rest on top).
 *
 * A deque is a ring buffer whose capacity is a power of two: item i sits
 * at items[(head + i) & (cap - 1)]. Both ends are O(1) (amortised over
 * doubling), and so is indexing. [state] counts mutations so iterators
 * and comparisons can detect a deque changed under them, as CPython's.
 * A bounded deque (maxlen) drops items from the opposite end.
 */
#include <string.h>

#include "../runtime/dict.h"
#include "../runtime/genericalias.h"
#include "../runtime/int.h"
#include "../runtime/list.h"
#include "../runtime/str.h"
#include "../runtime/tuple.h"
#include "../runtime/type.h"
#include "../vm/gc.h"
#include "modules.h"

typedef struct {
    GiltObject obj;
    Value *items;
    size_t cap; // 0 or a power of two
    size_t head, len;
    int64_t maxlen; // -1: unbounded
    uint64_t state;
} Deque;

typedef struct {
    GiltObject obj;
    Deque *deque;
    size_t index; // items yielded so far
    uint64_t state;
} DequeIter;

#define AS_DEQUE(v) ((Deque *)AS_OBJ(v))
#define AT(d, i) ((d)->items[((d)->head + (i)) & ((d)->cap - 1)])
#define ARGS GiltThread *ts, Value *args, int nargs, GiltTuple *kw

static GiltType *deque_type(GiltThread *ts, const char *name) {
    Value m = gilt_dict_get_str(ts, AS_DICT(ts->vm->modules),
                                gilt_str_intern_cstr(ts, "_collections"));
    Value t = m ? gilt_dict_get_str(ts, AS_MODULE(m)->dict, gilt_str_intern_cstr(ts, name))
                : VAL_NULL;
    if (t && gilt_is_type(t))
        return AS_TYPE(t);
    gilt_raise(ts, GILT_EXC_RUNTIME_ERROR, "_collections.%s is missing", name);
    return NULL;
}

static bool is_deque(GiltThread *ts, Value v) {
    GiltType *t = deque_type(ts, "deque");
    if (!t)
        gilt_exc_clear(ts);
    return t && gilt_isinstance_type(ts, v, t);
}

// ---- the ring ----------------------------------------------------------------------

static int grow(GiltThread *ts, Deque *d) {
    size_t cap = d->cap ? d->cap * 2 : 8;
    Value *items = gilt_mem_alloc(ts, gilt_mem_size(cap, sizeof(Value)));
    if (!items)
        return -1;
    for (size_t i = 0; i < d->len; i++)
        items[i] = AT(d, i);
    if (d->items)
        gilt_mem_free(ts->vm, d->items, d->cap * sizeof(Value));
    d->items = items;
    d->cap = cap;
    d->head = 0;
    return 0;
}

static void drop_left(Deque *d) {
    AT(d, 0) = VAL_NULL;
    d->head = (d->head + 1) & (d->cap - 1);
    d->len--;
}

static void drop_right(Deque *d) {
    AT(d, d->len - 1) = VAL_NULL;
    d->len--;
}

static int push_right(GiltThread *ts, Deque *d, Value v) {
    if (d->maxlen == 0)
        return 0;
    if (d->len == d->cap && grow(ts, d) < 0)
        return -1;
    AT(d, d->len) = v;
    d->len++;
    d->state++;
    if (d->maxlen > 0 && d->len > (size_t)d->maxlen)
        drop_left(d);
    return 0;
}

static int push_left(GiltThread *ts, Deque *d, Value v) {
    if (d->maxlen == 0)
        return 0;
    if (d->len == d->cap && grow(ts, d) < 0)
        return -1;
    d->head = (d->head - 1) & (d->cap - 1);
    d->items[d->head] = v;
    d->len++;
    d->state++;
    if (d->maxlen > 0 && d->len > (size_t)d->maxlen)
        drop_right(d);
    return 0;
}

static void clear(GiltThread *ts, Deque *d) {
    for (size_t i = 0; i < d->len; i++)
        AT(d, i) = VAL_NULL;
    d->len = d->head = 0;
    d->state++;
}

// Remove item i, moving the shorter side.
static void delete_at(Deque *d, size_t i) {
    if (i < d->len / 2) {
        for (size_t k = i; k > 0; k--)
            AT(d, k) = AT(d, k - 1);
        drop_left(d);
    } else {
        for (size_t k = i; k + 1 < d->len; k++)
            AT(d, k) = AT(d, k + 1);
        drop_right(d);
    }
    d->state++;
}

static int extend(GiltThread *ts, Deque *d, Value iterable, bool left) {
    if (OBJ_VAL(d) == iterable) {
        Value copy = gilt_list_from_iterable(ts, iterable);
        if (!copy)
            return -1;
        gilt_gc_push_root(ts, copy);
        int r = extend(ts, d, copy, left);
        gilt_gc_pop_root(ts);
        return r;
    }
    Value it = gilt_iter(ts, iterable);
    if (!it)
        return -1;
    gilt_gc_push_root(ts, it);
    Value v;
    while ((v = gilt_next(ts, it)))
        if ((left ? push_left(ts, d, v) : push_right(ts, d, v)) < 0)
            break;
    gilt_gc_pop_root(ts);
    return ts->exc ? -1 : 0;
}

// ---- construction -------------------------------------------------------------------

static Value deque_new(ARGS) {
    Deque *d = gilt_alloc_instance(ts, AS_TYPE(args[0]), sizeof(Deque));
    if (!d)
        return VAL_NULL;
    d->maxlen = -1;
    return OBJ_VAL(d);
}

static int maxlen_arg(GiltThread *ts, Value v, int64_t *out) {
    *out = -1;
    if (!v || v == VAL_NONE)
        return 0;
    if (!gilt_is_int(ts, v)) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR, "an integer is required");
        return -1;
    }
    if (gilt_index(ts, v, out) < 0)
        return -1;
    if (*out < 0) {
        gilt_raise(ts, GILT_EXC_VALUE_ERROR, "maxlen must be non-negative");
        return -1;
    }
    return 0;
}

static Value deque_init(ARGS) {
    static const char *const names[] = {"iterable", "maxlen", NULL};
    Value a[2];
    if (nargs > 3)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "deque() takes at most 2 arguments (%d given)", nargs - 1);
    for (size_t i = 0; kw && i < kw->len; i++)
        if (!gilt_str_eq_cstr(AS_STR(kw->items[i]), "iterable") &&
            !gilt_str_eq_cstr(AS_STR(kw->items[i]), "maxlen"))
            return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                              "'%U' is an invalid keyword argument for deque()",
                              AS_STR(kw->items[i]));
    if (gilt_parse_args(ts, "deque", args + 1, nargs - 1, kw, names, 0, a) < 0)
        return VAL_NULL;
    Deque *d = AS_DEQUE(args[0]);
    int64_t maxlen;
    if (maxlen_arg(ts, a[1], &maxlen) < 0)
        return VAL_NULL;
    d->maxlen = maxlen;
    if (d->len)
        clear(ts, d);
    if (a[0] && extend(ts, d, a[0], false) < 0)
        return VAL_NULL;
    return VAL_NONE;
}

// A new deque of the same type and maxlen holding [d]'s items.
static Value copy_deque(GiltThread *ts, Deque *d) {
    GiltType *t = d->obj.type;
    if (t->flags & GILT_TF_HEAPTYPE) {
        Value a[2] = {OBJ_VAL(d), d->maxlen < 0 ? VAL_NONE : INT_VAL(d->maxlen)};
        return gilt_call(ts, OBJ_VAL(t), a, d->maxlen < 0 ? 1 : 2, NULL);
    }
    Deque *n = gilt_gc_alloc(ts, t, sizeof(Deque));
    if (!n)
        return VAL_NULL;
    n->maxlen = d->maxlen;
    gilt_gc_push_root(ts, OBJ_VAL(n));
    for (size_t i = 0; i < d->len; i++)
        if (push_right(ts, n, AT(d, i)) < 0)
            return VAL_NULL;
    gilt_gc_pop_root(ts);
    return OBJ_VAL(n);
}

// ---- the ends ---------------------------------------------------------------------------

static Value deque_append(ARGS) {
    return push_right(ts, AS_DEQUE(args[0]), args[1]) < 0 ? VAL_NULL : VAL_NONE;
}

static Value deque_appendleft(ARGS) {
    return push_left(ts, AS_DEQUE(args[0]), args[1]) < 0 ? VAL_NULL : VAL_NONE;
}

static Value deque_pop(ARGS) {
    Deque *d = AS_DEQUE(args[0]);
    if (!d->len)
        return gilt_raise(ts, GILT_EXC_INDEX_ERROR, "pop from an empty deque");
    Value v = AT(d, d->len - 1);
    drop_right(d);
    d->state++;
    return v;
}

static Value deque_popleft(ARGS) {
    Deque *d = AS_DEQUE(args[0]);
    if (!d->len)
        return gilt_raise(ts, GILT_EXC_INDEX_ERROR, "pop from an empty deque");
    Value v = AT(d, 0);
    drop_left(d);
    d->state++;
    return v;
}

static Value deque_extend(ARGS) {
    return extend(ts, AS_DEQUE(args[0]), args[1], false) < 0 ? VAL_NULL : VAL_NONE;
}

static Value deque_extendleft(ARGS) {
    return extend(ts, AS_DEQUE(args[0]), args[1], true) < 0 ? VAL_NULL : VAL_NONE;
}

static Value deque_clear(ARGS) {
    clear(ts, AS_DEQUE(args[0]));
    return VAL_NONE;
}

static int int_arg(GiltThread *ts, Value v, int64_t *out) {
    if (IS_FLOAT(v) || !gilt_is_int(ts, v)) {
        if (!IS_FLOAT(v) && gilt_type_lookup(ts, gilt_typeof(ts, v), GILT_NAME(ts, __index__)))
            return gilt_index(ts, v, out);
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "'%T' object cannot be interpreted as an integer", v);
        return -1;
    }
    return gilt_index(ts, v, out);
}

static Value deque_rotate(ARGS) {
    Deque *d = AS_DEQUE(args[0]);
    int64_t n = 1;
    if (nargs > 1 && int_arg(ts, args[1], &n) < 0)
        return VAL_NULL;
    if (d->len <= 1)
        return VAL_NONE;
    int64_t len = (int64_t)d->len;
    n %= len;
    if (n < 0)
        n += len;
    // Rotate right by n, or left by len - n when that is shorter.
    if (n > len / 2) {
        for (int64_t i = 0; i < len - n; i++) {
            Value v = AT(d, 0);
            AT(d, 0) = VAL_NULL;
            d->head = (d->head + 1) & (d->cap - 1);
            AT(d, d->len - 1) = v;
        }
    } else {
        for (int64_t i = 0; i < n; i++) {
            Value v = AT(d, d->len - 1);
            AT(d, d->len - 1) = VAL_NULL;
            d->head = (d->head - 1) & (d->cap - 1);
            AT(d, 0) = v;
        }
    }
    d->state++;
    return VAL_NONE;
}

static Value deque_reverse(ARGS) {
    Deque *d = AS_DEQUE(args[0]);
    for (size_t i = 0, j = d->len; i + 1 < j; i++, j--) {
        Value t = AT(d, i);
        AT(d, i) = AT(d, j - 1);
        AT(d, j - 1) = t;
    }
    d->state++;
    return VAL_NONE;
}

// ---- searching ------------------------------------------------------------------------

// The index of the first item equal to [x] in [start, stop), -1 if none,
// -2 on error. [what] names the operation for the mutation error.
static int64_t find(GiltThread *ts, Deque *d, Value x, size_t start, size_t stop,
                    bool remove_msg) {
    uint64_t state = d->state;
    for (size_t i = start; i < stop && i < d->len; i++) {
        int eq = gilt_eq(ts, AT(d, i), x);
        if (eq < 0)
            return -2;
        if (d->state != state) {
            if (remove_msg)
                gilt_raise(ts, GILT_EXC_INDEX_ERROR, "deque mutated during remove().");
            else
                gilt_raise(ts, GILT_EXC_RUNTIME_ERROR, "deque mutated during iteration");
            return -2;
        }
        if (eq)
            return (int64_t)i;
    }
    return -1;
}

static Value deque_count(ARGS) {
    Deque *d = AS_DEQUE(args[0]);
    uint64_t state = d->state;
    int64_t n = 0;
    for (size_t i = 0; i < d->len; i++) {
        int eq = gilt_eq(ts, AT(d, i), args[1]);
        if (eq < 0)
            return VAL_NULL;
        if (d->state != state)
            return gilt_raise(ts, GILT_EXC_RUNTIME_ERROR, "deque mutated during iteration");
        n += eq;
    }
    return gilt_int_from_i64(ts, n);
}

static Value deque_contains(ARGS) {
    Deque *d = AS_DEQUE(args[0]);
    int64_t i = find(ts, d, args[1], 0, d->len, false);
    return i == -2 ? VAL_NULL : BOOL_VAL(i >= 0);
}

// A slice bound as list.index takes it: negative from the end, clamped.
static size_t clamp_index(int64_t i, size_t len) {
    if (i < 0) {
        i += (int64_t)len;
        if (i < 0)
            i = 0;
    }
    return (size_t)i > len ? len : (size_t)i;
}

static Value deque_index(ARGS) {
    Deque *d = AS_DEQUE(args[0]);
    int64_t start = 0, stop = (int64_t)d->len;
    if ((nargs > 2 && int_arg(ts, args[2], &start) < 0) ||
        (nargs > 3 && int_arg(ts, args[3], &stop) < 0))
        return VAL_NULL;
    size_t lo = clamp_index(start, d->len), hi = clamp_index(stop, d->len);
    int64_t i = find(ts, d, args[1], lo, hi, false);
    if (i == -2)
        return VAL_NULL;
    if (i < 0)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR, "%R is not in deque", args[1]);
    return gilt_int_from_i64(ts, i);
}

static Value deque_remove(ARGS) {
    Deque *d = AS_DEQUE(args[0]);
    int64_t i = find(ts, d, args[1], 0, d->len, true);
    if (i == -2)
        return VAL_NULL;
    if (i < 0)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR, "%R is not in deque", args[1]);
    delete_at(d, (size_t)i);
    return VAL_NONE;
}

static Value deque_insert(ARGS) {
    Deque *d = AS_DEQUE(args[0]);
    int64_t i;
    if (int_arg(ts, args[1], &i) < 0)
        return VAL_NULL;
    if (d->maxlen >= 0 && d->len >= (size_t)d->maxlen)
        return gilt_raise(ts, GILT_EXC_INDEX_ERROR, "deque already at its maximum size");
    size_t at = clamp_index(i, d->len);
    if (push_right(ts, d, args[2]) < 0)
        return VAL_NULL;
    for (size_t k = d->len - 1; k > at; k--)
        AT(d, k) = AT(d, k - 1);
    AT(d, at) = args[2];
    return VAL_NONE;
}

// ---- the sequence protocol ---------------------------------------------------------------

static int item_index(GiltThread *ts, Deque *d, Value key, size_t *out) {
    int64_t i;
    if (IS_INT(key)) {
        i = AS_INT(key);
    } else {
        if (IS_FLOAT(key) || !gilt_type_lookup(ts, gilt_typeof(ts, key), GILT_NAME(ts, __index__))) {
            gilt_raise(ts, GILT_EXC_TYPE_ERROR, "sequence index must be integer, not '%T'", key);
            return -1;
        }
        if (gilt_index(ts, key, &i) < 0)
            return -1;
    }
    if (i < 0)
        i += (int64_t)d->len;
    if (i < 0 || (size_t)i >= d->len) {
        gilt_raise(ts, GILT_EXC_INDEX_ERROR, "deque index out of range");
        return -1;
    }
    *out = (size_t)i;
    return 0;
}

static Value deque_getitem(ARGS) {
    Deque *d = AS_DEQUE(args[0]);
    size_t i;
    return item_index(ts, d, args[1], &i) < 0 ? VAL_NULL : AT(d, i);
}

static Value deque_setitem(ARGS) {
    Deque *d = AS_DEQUE(args[0]);
    size_t i;
    if (item_index(ts, d, args[1], &i) < 0)
        return VAL_NULL;
    AT(d, i) = args[2];
    return VAL_NONE;
}

static Value deque_delitem(ARGS) {
    Deque *d = AS_DEQUE(args[0]);
    size_t i;
    if (item_index(ts, d, args[1], &i) < 0)
        return VAL_NULL;
    delete_at(d, i);
    return VAL_NONE;
}

static Value deque_len(ARGS) {
    return gilt_int_from_i64(ts, (int64_t)AS_DEQUE(args[0])->len);
}

static Value deque_bool(ARGS) {
    return BOOL_VAL(AS_DEQUE(args[0])->len != 0);
}

static Value deque_repr(ARGS) {
    Deque *d = AS_DEQUE(args[0]);
    const char *name = gilt_type_cname(d->obj.type);
    int rec = gilt_repr_enter(ts, args[0]);
    if (rec)
        return rec < 0 ? VAL_NULL : gilt_str_from_cstr(ts, "[...]");
    Value list = gilt_list_from_iterable(ts, args[0]);
    Value lr = list ? gilt_repr(ts, list) : VAL_NULL;
    gilt_repr_leave(ts, args[0]);
    if (!lr)
        return VAL_NULL;
    if (d->maxlen < 0)
        return gilt_str_printf(ts, "%s(%s)", name, AS_STR(lr)->data);
    return gilt_str_printf(ts, "%s(%s, maxlen=%lld)", name, AS_STR(lr)->data,
                           (long long)d->maxlen);
}

static Value deque_copy(ARGS) {
    return copy_deque(ts, AS_DEQUE(args[0]));
}

static Value deque_add(ARGS) {
    if (!is_deque(ts, args[1]))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "can only concatenate deque (not \"%T\") to deque", args[1]);
    Value n = copy_deque(ts, AS_DEQUE(args[0]));
    if (!n)
        return VAL_NULL;
    gilt_gc_push_root(ts, n);
    int r = extend(ts, AS_DEQUE(n), args[1], false);
    gilt_gc_pop_root(ts);
    return r < 0 ? VAL_NULL : n;
}

static Value deque_iadd(ARGS) {
    return extend(ts, AS_DEQUE(args[0]), args[1], false) < 0 ? VAL_NULL : args[0];
}

// d *= n in place: the items repeated, a bounded deque keeping the last.
static int repeat_inplace(GiltThread *ts, Deque *d, int64_t n) {
    if (n <= 0 || d->len == 0) {
        clear(ts, d);
        return 0;
    }
    size_t len = d->len;
    // A bounded deque keeps the last maxlen items of the repetition, the
    // same for every n past maxlen / len + 1 rounds.
    if (d->maxlen >= 0 && n > d->maxlen / (int64_t)len + 1)
        n = d->maxlen / (int64_t)len + 1;
    for (int64_t k = 1; k < n; k++)
        for (size_t i = 0; i < len; i++)
            if (push_right(ts, d, AT(d, d->len - len)) < 0)
                return -1;
    return 0;
}

static Value deque_imul(ARGS) {
    int64_t n;
    if (!gilt_is_int(ts, args[1]))
        return VAL_NOTIMPL;
    if (gilt_index(ts, args[1], &n) < 0)
        return VAL_NULL;
    return repeat_inplace(ts, AS_DEQUE(args[0]), n) < 0 ? VAL_NULL : args[0];
}

static Value deque_mul(ARGS) {
    int64_t n;
    if (!gilt_is_int(ts, args[1]))
        return VAL_NOTIMPL;
    if (gilt_index(ts, args[1], &n) < 0)
        return VAL_NULL;
    Value c = copy_deque(ts, AS_DEQUE(args[0]));
    if (!c)
        return VAL_NULL;
    gilt_gc_push_root(ts, c);
    int r = repeat_inplace(ts, AS_DEQUE(c), n);
    gilt_gc_pop_root(ts);
    return r < 0 ? VAL_NULL : c;
}

// Lexicographic comparison through lists (deques rarely get compared).
static Value deque_compare(GiltThread *ts, Value a, Value b, GiltCompareOp op) {
    if (!is_deque(ts, b))
        return VAL_NOTIMPL;
    Value la = gilt_list_from_iterable(ts, a);
    if (!la)
        return VAL_NULL;
    gilt_gc_push_root(ts, la);
    Value lb = gilt_list_from_iterable(ts, b);
    Value r = lb ? gilt_richcompare(ts, la, lb, op) : VAL_NULL;
    gilt_gc_pop_root(ts);
    return r;
}

#define DEQUE_CMP(name, op)                                                    \
    static Value deque_##name(ARGS) {                                          \
        return deque_compare(ts, args[0], args[1], op);                        \
    }
DEQUE_CMP(lt, GILT_LT)
DEQUE_CMP(le, GILT_LE)
DEQUE_CMP(eq, GILT_EQ)
DEQUE_CMP(ne, GILT_NE)
DEQUE_CMP(gt, GILT_GT)
DEQUE_CMP(ge, GILT_GE)

static Value deque_reduce(ARGS) {
    Deque *d = AS_DEQUE(args[0]);
    Value list = gilt_list_from_iterable(ts, args[0]);
    if (!list)
        return VAL_NULL;
    gilt_gc_push_root(ts, list);
    Value ctor = gilt_tuple_pack(ts, 2, list, d->maxlen < 0 ? VAL_NONE : INT_VAL(d->maxlen));
    Value r = ctor ? gilt_tuple_pack(ts, 2, OBJ_VAL(d->obj.type), ctor) : VAL_NULL;
    gilt_gc_pop_root(ts);
    return r;
}

static Value get_maxlen(GiltThread *ts, Value self) {
    int64_t m = AS_DEQUE(self)->maxlen;
    return m < 0 ? VAL_NONE : INT_VAL(m);
}

// ---- iterators ------------------------------------------------------------------------

static Value make_iter(GiltThread *ts, Value self, const char *type) {
    GiltType *t = deque_type(ts, type);
    DequeIter *it = t ? gilt_gc_alloc(ts, t, sizeof(DequeIter)) : NULL;
    if (!it)
        return VAL_NULL;
    it->deque = AS_DEQUE(self);
    it->state = it->deque->state;
    return OBJ_VAL(it);
}

static Value deque_iter(ARGS) {
    return make_iter(ts, args[0], "_deque_iterator");
}

static Value deque_reversed(ARGS) {
    return make_iter(ts, args[0], "_deque_reverse_iterator");
}

static Value iter_step(GiltThread *ts, Value self, bool reverse) {
    DequeIter *it = (DequeIter *)AS_OBJ(self);
    Deque *d = it->deque;
    if (!d)
        return VAL_NULL;
    if (d->state != it->state) {
        it->deque = NULL;
        return gilt_raise(ts, GILT_EXC_RUNTIME_ERROR, "deque mutated during iteration");
    }
    if (it->index >= d->len) {
        it->deque = NULL;
        return VAL_NULL;
    }
    size_t i = it->index++;
    return AT(d, reverse ? d->len - 1 - i : i);
}

static Value iter_next(GiltThread *ts, Value self) {
    return iter_step(ts, self, false);
}

static Value reviter_next(GiltThread *ts, Value self) {
    return iter_step(ts, self, true);
}

static Value iter_length_hint(ARGS) {
    DequeIter *it = (DequeIter *)AS_OBJ(args[0]);
    size_t n = it->deque && it->index < it->deque->len ? it->deque->len - it->index : 0;
    return gilt_int_from_i64(ts, (int64_t)n);
}

// ---- GC ---------------------------------------------------------------------------------

static void deque_trace(GiltGC *gc, GiltObject *o) {
    Deque *d = (Deque *)o;
    for (size_t i = 0; i < d->len; i++)
        gilt_gc_mark(gc, AT(d, i));
}

static void deque_free(GiltVM *vm, GiltObject *o) {
    Deque *d = (Deque *)o;
    if (d->items)
        gilt_mem_free(vm, d->items, d->cap * sizeof(Value));
}

static void iter_trace(GiltGC *gc, GiltObject *o) {
    gilt_gc_mark_obj(gc, (GiltObject *)((DequeIter *)o)->deque);
}

static const GiltMethodDef deque_methods[] = {
    {"__new__", deque_new, 0, -1, GILT_M_STATIC | GILT_M_KW},
    {"__init__", deque_init, 0, -1, GILT_M_KW},
    {"append", deque_append, 1, 1, 0},
    {"appendleft", deque_appendleft, 1, 1, 0},
    {"pop", deque_pop, 0, 0, 0},
    {"popleft", deque_popleft, 0, 0, 0},
    {"extend", deque_extend, 1, 1, 0},
    {"extendleft", deque_extendleft, 1, 1, 0},
    {"clear", deque_clear, 0, 0, 0},
    {"rotate", deque_rotate, 0, 1, 0},
    {"reverse", deque_reverse, 0, 0, 0},
    {"count", deque_count, 1, 1, 0},
    {"index", deque_index, 1, 3, 0},
    {"remove", deque_remove, 1, 1, 0},
    {"insert", deque_insert, 2, 2, 0},
    {"copy", deque_copy, 0, 0, 0},
    {"__copy__", deque_copy, 0, 0, 0},
    {"__len__", deque_len, 0, 0, 0},
    {"__bool__", deque_bool, 0, 0, 0},
    {"__contains__", deque_contains, 1, 1, 0},
    {"__getitem__", deque_getitem, 1, 1, 0},
    {"__setitem__", deque_setitem, 2, 2, 0},
    {"__delitem__", deque_delitem, 1, 1, 0},
    {"__iter__", deque_iter, 0, 0, 0},
    {"__reversed__", deque_reversed, 0, 0, 0},
    {"__repr__", deque_repr, 0, 0, 0},
    {"__add__", deque_add, 1, 1, 0},
    {"__iadd__", deque_iadd, 1, 1, 0},
    {"__mul__", deque_mul, 1, 1, 0},
    {"__rmul__", deque_mul, 1, 1, 0},
    {"__imul__", deque_imul, 1, 1, 0},
    {"__lt__", deque_lt, 1, 1, 0},
    {"__le__", deque_le, 1, 1, 0},
    {"__eq__", deque_eq, 1, 1, 0},
    {"__ne__", deque_ne, 1, 1, 0},
    {"__gt__", deque_gt, 1, 1, 0},
    {"__ge__", deque_ge, 1, 1, 0},
    {"__reduce__", deque_reduce, 0, 0, 0},
    {"__class_getitem__", gilt_generic_class_getitem, 1, 1, GILT_M_CLASS},
    {NULL}};

static const GiltGetSetDef deque_getsets[] = {{"maxlen", get_maxlen, NULL}, {NULL}};

static const GiltMethodDef iter_methods[] = {
    {"__iter__", gilt_iter_self, 0, 0, 0},
    {"__length_hint__", iter_length_hint, 0, 0, 0},
    {NULL}};

static const GiltTypeSpec specs[] = {
    {.name = "deque", .module = "collections", .basicsize = sizeof(Deque),
     .flags = GILT_TF_BASETYPE, .methods = deque_methods, .getsets = deque_getsets,
     .trace = deque_trace, .free = deque_free},
    {.name = "_deque_iterator", .module = "_collections", .basicsize = sizeof(DequeIter),
     .methods = iter_methods, .iternext = iter_next, .trace = iter_trace},
    {.name = "_deque_reverse_iterator", .module = "_collections",
     .basicsize = sizeof(DequeIter), .methods = iter_methods, .iternext = reviter_next,
     .trace = iter_trace},
};

static int collections_init(GiltThread *ts, Value m) {
    for (size_t i = 0; i < sizeof specs / sizeof specs[0]; i++) {
        GiltType *t = gilt_type_from_spec(ts, &specs[i], GILT_T__COUNT);
        if (!t || gilt_module_add(ts, m, specs[i].name, OBJ_VAL(t)) < 0)
            return -1;
        if (i == 0) {
            if (gilt_dict_set_str(ts, t->dict, GILT_NAME(ts, __hash__), VAL_NONE) < 0)
                return -1;
            gilt_type_modified(ts, t);
        }
    }
    return 0;
}

const GiltModuleDef gilt_module_collections = {
    .name = "_collections",
    .doc = "High performance data structures (the C half of collections).",
    .init = collections_init,
};
