/* tuple.h - tuple: immutable array of values, items inline. */
#ifndef GILT_TUPLE_H
#define GILT_TUPLE_H

#include "object.h"

struct GiltTuple {
    GiltObject obj;
    size_t len;
    Value items[];
};

#define AS_TUPLE(v) ((GiltTuple *)AS_OBJ(v))

// New tuple of [len] items, all VAL_NULL until the caller fills them (the
// GC skips VAL_NULL). len 0 returns the VM's shared empty tuple.
GiltTuple *gilt_tuple_new(GiltThread *ts, size_t len);
GiltTuple *gilt_tuple_from(GiltThread *ts, const Value *items, size_t len);
Value gilt_tuple_pack(GiltThread *ts, int n, ...); // n Values
// tuple(iterable) for any iterable.
Value gilt_tuple_from_iterable(GiltThread *ts, Value iterable);
// CPython's tuple hash (xxHash-based), so set orders match.
int gilt_tuple_hash(GiltThread *ts, GiltTuple *t, int64_t *out);

int gilt_tuple_init_types(GiltThread *ts);

// ---- tuple_methods.c ------------------------------------------------------

// tuple_iterator; [tuple] is NULL once exhausted.
typedef struct GiltTupleIter {
    GiltObject obj;
    GiltTuple *tuple;
    size_t index;
} GiltTupleIter;

// next() of a tuple_iterator (the eval loop may call it directly).
Value gilt_tuple_iter_next(GiltThread *ts, Value it);

int gilt_tuple_methods_init_types(GiltThread *ts);

#endif
