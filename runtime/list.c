/* list.c - The list representation: creation, growth, append/extend,
 * GC hooks. list's methods and sort are in list_methods.c.
 */
#include "list.h"

#include "../vm/gc.h"
#include "tuple.h"
#include "type.h"

GiltList *gilt_list_new(GiltThread *ts, size_t cap) {
    GiltList *l = gilt_gc_alloc(ts, GILT_TYPE(ts, LIST), sizeof(GiltList));
    if (l && cap && gilt_list_reserve(ts, l, cap) < 0)
        return NULL;
    return l;
}

int gilt_list_reserve(GiltThread *ts, GiltList *l, size_t n) {
    if (l->len + n <= l->cap)
        return 0;
    size_t cap = l->cap ? l->cap : 4;
    while (cap < l->len + n) {
        if (cap > SIZE_MAX / 2 / sizeof(Value)) {
            gilt_raise_nomem(ts);
            return -1;
        }
        cap = cap + (cap >> 1) + 4;
    }
    Value *items = gilt_mem_realloc(ts, l->items, l->cap * sizeof(Value),
                                    gilt_mem_size(cap, sizeof(Value)));
    if (!items)
        return -1;
    l->items = items;
    l->cap = cap;
    return 0;
}

GiltList *gilt_list_from(GiltThread *ts, const Value *items, size_t len) {
    GiltList *l = gilt_list_new(ts, len);
    if (l && len) {
        memcpy(l->items, items, len * sizeof(Value));
        l->len = len;
    }
    return l;
}

int gilt_list_append(GiltThread *ts, GiltList *l, Value v) {
    if (l->len == l->cap && gilt_list_reserve(ts, l, 1) < 0)
        return -1;
    l->items[l->len++] = v;
    return 0;
}

int gilt_list_insert(GiltThread *ts, GiltList *l, int64_t index, Value v) {
    int64_t n = (int64_t)l->len;
    if (index < 0)
        index = index + n < 0 ? 0 : index + n;
    if (index > n)
        index = n;
    if (gilt_list_reserve(ts, l, 1) < 0)
        return -1;
    memmove(l->items + index + 1, l->items + index,
            (size_t)(n - index) * sizeof(Value));
    l->items[index] = v;
    l->len++;
    return 0;
}

int gilt_list_extend(GiltThread *ts, GiltList *l, Value iterable) {
    if (GILT_IS(ts, iterable, LIST) || GILT_IS(ts, iterable, TUPLE)) {
        bool is_list = GILT_IS(ts, iterable, LIST);
        size_t n = is_list ? AS_LIST(iterable)->len : AS_TUPLE(iterable)->len;
        if (gilt_list_reserve(ts, l, n) < 0)
            return -1;
        // Re-read the source after reserving: l.extend(l) must copy l's
        // items as they were.
        const Value *src = is_list ? AS_LIST(iterable)->items
                                   : AS_TUPLE(iterable)->items;
        if (n)
            memcpy(l->items + l->len, src, n * sizeof(Value));
        l->len += n;
        return 0;
    }
    Value it = gilt_iter(ts, iterable);
    if (!it)
        return -1;
    gilt_gc_push_root(ts, it);
    Value v;
    int r = 0;
    while ((v = gilt_next(ts, it)))
        if ((r = gilt_list_append(ts, l, v)) < 0)
            break;
    gilt_gc_pop_root(ts);
    return r < 0 || ts->exc ? -1 : 0;
}

Value gilt_list_from_iterable(GiltThread *ts, Value iterable) {
    GiltList *l = gilt_list_new(ts, 0);
    if (!l)
        return VAL_NULL;
    gilt_gc_push_root(ts, OBJ_VAL(l));
    int r = gilt_list_extend(ts, l, iterable);
    gilt_gc_pop_root(ts);
    return r < 0 ? VAL_NULL : OBJ_VAL(l);
}

static void list_trace(GiltGC *gc, GiltObject *o) {
    GiltList *l = (GiltList *)o;
    gilt_gc_mark_values(gc, l->items, l->len);
}

static void list_free(GiltVM *vm, GiltObject *o) {
    gilt_mem_free(vm, ((GiltList *)o)->items, 0);
}

int gilt_list_init_types(GiltThread *ts) {
    static const GiltTypeSpec spec = {
        .name = "list",
        .basicsize = sizeof(GiltList),
        .flags = GILT_TF_BASETYPE | GILT_TF_LIST_SUB,
        .trace = list_trace,
        .free = list_free,
    };
    return gilt_type_from_spec(ts, &spec, GILT_T_LIST) ? 0 : -1;
}
