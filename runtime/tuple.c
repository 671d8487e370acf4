/* tuple.c - The tuple representation: creation, hashing, GC hooks.
 * tuple's methods are in tuple_methods.c.
 */
#include "tuple.h"

#include <stdarg.h>

#include "../vm/gc.h"
#include "list.h"
#include "type.h"

static size_t tuple_varsize(GiltObject *o) {
    return offsetof(GiltTuple, items) + ((GiltTuple *)o)->len * sizeof(Value);
}

GiltTuple *gilt_tuple_new(GiltThread *ts, size_t len) {
    if (len == 0 && ts->vm->empty_tuple)
        return AS_TUPLE(ts->vm->empty_tuple);
    size_t size = gilt_mem_size(len, sizeof(Value));
    if (size == SIZE_MAX || size > (SIZE_MAX >> 3)) {
        gilt_raise_nomem(ts);
        return NULL;
    }
    GiltTuple *t = gilt_gc_alloc(ts, GILT_TYPE(ts, TUPLE),
                                 offsetof(GiltTuple, items) + size);
    if (t)
        t->len = len;
    return t;
}

GiltTuple *gilt_tuple_from(GiltThread *ts, const Value *items, size_t len) {
    GiltTuple *t = gilt_tuple_new(ts, len);
    if (t && len)
        memcpy(t->items, items, len * sizeof(Value));
    return t;
}

Value gilt_tuple_pack(GiltThread *ts, int n, ...) {
    GiltTuple *t = gilt_tuple_new(ts, (size_t)n);
    if (!t)
        return VAL_NULL;
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        t->items[i] = va_arg(ap, Value);
    va_end(ap);
    return OBJ_VAL(t);
}

Value gilt_tuple_from_iterable(GiltThread *ts, Value iterable) {
    if (GILT_IS(ts, iterable, TUPLE))
        return iterable;
    if (GILT_IS(ts, iterable, LIST)) {
        GiltList *l = AS_LIST(iterable);
        GiltTuple *t = gilt_tuple_from(ts, l->items, l->len);
        return t ? OBJ_VAL(t) : VAL_NULL;
    }
    Value l = gilt_list_from_iterable(ts, iterable);
    if (!l)
        return VAL_NULL;
    GiltTuple *t = gilt_tuple_from(ts, AS_LIST(l)->items, AS_LIST(l)->len);
    return t ? OBJ_VAL(t) : VAL_NULL;
}

// CPython's xxHash-based tuple hash, so sets of tuples iterate in the
// same order as there.
int gilt_tuple_hash(GiltThread *ts, GiltTuple *t, int64_t *out) {
    const uint64_t p1 = 11400714785074694791ull, p2 = 14029467366897019727ull,
                   p5 = 2870177450012600261ull;
    uint64_t acc = p5;
    if (gilt_recursion_enter(ts, " while getting the hash of an object") < 0)
        return -1;
    for (size_t i = 0; i < t->len; i++) {
        int64_t lane;
        if (gilt_hash(ts, t->items[i], &lane) < 0) {
            gilt_recursion_leave(ts);
            return -1;
        }
        acc += (uint64_t)lane * p2;
        acc = (acc << 31) | (acc >> 33);
        acc *= p1;
    }
    gilt_recursion_leave(ts);
    acc += t->len ^ (p5 ^ 3527539ull);
    *out = acc == (uint64_t)-1 ? 1546275796 : (int64_t)acc;
    return 0;
}

static void tuple_trace(GiltGC *gc, GiltObject *o) {
    GiltTuple *t = (GiltTuple *)o;
    gilt_gc_mark_values(gc, t->items, t->len);
}

int gilt_tuple_init_types(GiltThread *ts) {
    static const GiltTypeSpec spec = {
        .name = "tuple",
        .basicsize = offsetof(GiltTuple, items),
        .flags = GILT_TF_BASETYPE | GILT_TF_TUPLE_SUB,
        .varsize = tuple_varsize,
        .trace = tuple_trace,
    };
    return gilt_type_from_spec(ts, &spec, GILT_T_TUPLE) ? 0 : -1;
}
