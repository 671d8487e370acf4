/* slice.h - slice objects and resolving them against a length. */
#ifndef GILT_SLICE_H
#define GILT_SLICE_H

#include "object.h"

typedef struct GiltSlice {
    GiltObject obj;
    Value start, stop, step; // None when omitted
} GiltSlice;

#define AS_SLICE(v) ((GiltSlice *)AS_OBJ(v))

Value gilt_slice_new(GiltThread *ts, Value start, Value stop, Value step);
// Resolve [slice] for a sequence of [len] items as CPython's
// PySlice_GetIndicesEx does: fills start/stop/step and returns the number
// of items selected, or -1 with ValueError ("slice step cannot be zero")
// or TypeError ("slice indices must be integers or None or have an
// __index__ method").
int64_t gilt_slice_indices(GiltThread *ts, Value slice, int64_t len,
                           int64_t *start, int64_t *stop, int64_t *step);
// The two halves of gilt_slice_indices: PySlice_Unpack (bounds clamped
// to the int64 range, None resolved; 0 or -1) and PySlice_AdjustIndices
// (clamp against [len]; returns the item count). Sequences that must
// evaluate __index__ before knowing their length use them separately.
int gilt_slice_unpack(GiltThread *ts, Value slice, int64_t *start,
                      int64_t *stop, int64_t *step);
int64_t gilt_slice_adjust(int64_t len, int64_t *start, int64_t *stop,
                          int64_t step);
// v.__index__() clamped to the int64 range, as slice bounds and the
// start/stop of list.index() are. TypeError "slice indices must be
// integers or [None or ]have an __index__ method" per [none_ok].
int gilt_slice_clamp_index(GiltThread *ts, Value v, bool none_ok,
                           int64_t *out);
// v.__index__() as an int value of any size, with the TypeError of a
// slice bound for values that have no __index__.
Value gilt_slice_index_value(GiltThread *ts, Value v);
// Classify a sequence subscript: 0 for an integer (*index set; IndexError
// "cannot fit 'int' into an index-sized integer" if huge), 1 for a slice,
// -1 with TypeError "[what] indices must be integers or slices, not T".
int gilt_slice_subscript(GiltThread *ts, Value key, const char *what,
                         int64_t *index);

int gilt_slice_init_types(GiltThread *ts);

#endif
