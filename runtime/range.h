/* range.h - range objects and their iterators.
 *
 * A range keeps start, stop, step and its length as int values (small or
 * big), so ranges of any size work. Its iterator is a range_iterator
 * holding C integers when every item fits an int64 (the common case,
 * iterated by the eval loop without a call), else a longrange_iterator
 * computing with int values.
 */
#ifndef GILT_RANGE_H
#define GILT_RANGE_H

#include "int.h"
#include "object.h"

typedef struct GiltRange {
    GiltObject obj;
    Value start, stop, step, length; // int values
} GiltRange;

// range_iterator: item i is start + i * step (wrapping arithmetic, exact
// since every item fits an int64).
typedef struct GiltRangeIter {
    GiltObject obj;
    int64_t start, step;
    uint64_t index, len;
} GiltRangeIter;

#define AS_RANGE(v) ((GiltRange *)AS_OBJ(v))
#define AS_RANGE_ITER(v) ((GiltRangeIter *)AS_OBJ(v))

// range(start, stop, step) for int values (step non-zero).
Value gilt_range_new(GiltThread *ts, Value start, Value stop, Value step);

// next() of a range_iterator [it] (type GILT_T_RANGE_ITER): the item, or
// VAL_NULL when exhausted (or, for items beyond the small-int range, on
// MemoryError, with the exception set). Allocation-free for small ints.
GILT_INLINE Value gilt_range_iter_next_fast(GiltThread *ts, Value it) {
    GiltRangeIter *r = AS_RANGE_ITER(it);
    if (r->index >= r->len)
        return VAL_NULL;
    int64_t x = (int64_t)((uint64_t)r->start + r->index++ * (uint64_t)r->step);
    return gilt_smallint_fits(x) ? INT_VAL(x) : gilt_int_from_i64(ts, x);
}

int gilt_range_init_types(GiltThread *ts);

#endif
