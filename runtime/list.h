/* list.h - list: a growable array of values. */
#ifndef GILT_LIST_H
#define GILT_LIST_H

#include "object.h"

struct GiltList {
    GiltObject obj;
    Value *items;
    size_t len, cap;
};

#define AS_LIST(v) ((GiltList *)AS_OBJ(v))

GiltList *gilt_list_new(GiltThread *ts, size_t cap);
GiltList *gilt_list_from(GiltThread *ts, const Value *items, size_t len);
// list(iterable) for any iterable.
Value gilt_list_from_iterable(GiltThread *ts, Value iterable);
int gilt_list_append(GiltThread *ts, GiltList *l, Value v);
// Append every item of [iterable] (list.extend).
int gilt_list_extend(GiltThread *ts, GiltList *l, Value iterable);
int gilt_list_insert(GiltThread *ts, GiltList *l, int64_t index, Value v);
// Make room for [n] items.
int gilt_list_reserve(GiltThread *ts, GiltList *l, size_t n);
// Stable sort in place, as list.sort([key], [reverse]); key may be
// VAL_NULL or None.
int gilt_list_sort(GiltThread *ts, GiltList *l, Value key, bool reverse);

int gilt_list_init_types(GiltThread *ts);

// ---- list_methods.c, list_slice.c, list_sort.c ----------------------------

// list_iterator and list_reverseiterator: [list] is NULL once exhausted.
// The reverse iterator counts [index] down; it wraps to SIZE_MAX past 0.
typedef struct GiltListIter {
    GiltObject obj;
    GiltList *list;
    size_t index;
} GiltListIter;

// next() of a list_iterator (the eval loop may call it directly).
Value gilt_list_iter_next(GiltThread *ts, Value it);
// list.__getitem__ for any subscript (ints, slices, __index__).
Value gilt_list_subscript(GiltThread *ts, GiltList *l, Value key);
// list's __getitem__ / __setitem__ / __delitem__ natives (list_slice.c).
Value gilt_list_getitem_m(GiltThread *ts, Value *args, int nargs,
                          GiltTuple *kw);
Value gilt_list_setitem_m(GiltThread *ts, Value *args, int nargs,
                          GiltTuple *kw);
Value gilt_list_delitem_m(GiltThread *ts, Value *args, int nargs,
                          GiltTuple *kw);

// Helpers shared by the sequence types.
// v.__index__() as int64: 0, 1 if it does not fit (no exception), -1.
int gilt_list_index_i64(GiltThread *ts, Value v, int64_t *out);
// The count of seq * v: 0 (*n set), 1 if v is no integer (NotImplemented),
// -1 on error (OverflowError when it does not fit an index).
int gilt_list_repeat_count(GiltThread *ts, Value v, int64_t *n);
// Fill dst[0..total) with src[0..len) repeated ([dst] may equal [src]).
void gilt_list_repeat_fill(Value *dst, const Value *src, size_t len,
                           size_t total);
// Lexicographic comparison of item arrays, as list/tuple richcompare;
// arrays and lengths by address since __eq__ may resize a list.
Value gilt_list_compare_items(GiltThread *ts, Value *const *pa,
                              const size_t *na, Value *const *pb,
                              const size_t *nb, GiltCompareOp op);
void gilt_list_reverse_values(Value *lo, Value *hi);
// a == b (gilt_eq) with [a] kept rooted during the call.
int gilt_list_eq_rooted(GiltThread *ts, Value a, Value b);
// sort's `reverse` flag: an int as a C bool (1/0), -1 on error.
int gilt_list_bool_arg(GiltThread *ts, Value v);

int gilt_list_methods_init_types(GiltThread *ts);

#endif
