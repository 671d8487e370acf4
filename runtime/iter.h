/* iter.h - Iterator objects: the sequence iterator behind __getitem__
 * iteration, iter(callable, sentinel), and the builtin iterator types
 * enumerate, zip, map, filter and reversed.
 */
#ifndef GILT_ITER_H
#define GILT_ITER_H

#include "object.h"

// An iterator calling v[0], v[1], ... until IndexError or StopIteration.
Value gilt_seqiter_new(GiltThread *ts, Value v);
// iter(callable, sentinel).
Value gilt_calliter_new(GiltThread *ts, Value callable, Value sentinel);

int gilt_iter_init_types(GiltThread *ts);

// sorted, min, max, sum, all, any (iter_builtins.c), for the builtins
// module.
extern const GiltMethodDef gilt_iter_builtins[];

#endif
