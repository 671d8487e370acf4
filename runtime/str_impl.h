/* str_impl.h - What the str_*.c files share: their method tables (which
 * str_methods.c registers) and the argument helpers, which the bytes*.c
 * files use too. Not for other files.
 */
#ifndef GILT_STR_IMPL_H
#define GILT_STR_IMPL_H

#include "str.h"

extern const GiltMethodDef gilt_str_search_methods[];
extern const GiltMethodDef gilt_str_split_methods[];
extern const GiltMethodDef gilt_str_case_methods[];
extern const GiltMethodDef gilt_str_pad_methods[];
extern const GiltMethodDef gilt_str_format_methods[];

// Arity check in the style of CPython's PyArg_ParseTuple ("find() takes
// at least 1 argument (0 given)"), for methods whose defs leave the count
// open; [n] excludes self. 0 or -1.
int gilt_str_check_args(GiltThread *ts, const char *name, int n, int min,
                        int max);
// The type name CPython's argument clinic prints for [v] in "argument
// must be str, not X": "None" for None, else the type's name.
const char *gilt_str_arg_type(GiltThread *ts, Value v);
// The class argument of a builtin __new__ ([base].__new__(cls), args[0]
// when nargs > 0): 0, or -1 with CPython's TypeError when it is missing,
// not a type, not a subtype of [base], or a builtin subtype with another
// layout.
int gilt_str_check_new(GiltThread *ts, Value *args, int nargs,
                       GiltType *base);
// CPython's ADJUST_INDICES: clamp [start, end) against [len].
void gilt_str_adjust(int64_t len, int64_t *start, int64_t *end);
// The optional start/end arguments at args[i], args[i + 1] (nargs counts
// all args): None or an index, clamped to the int64 range; defaults 0 and
// INT64_MAX. 0 or -1 with TypeError.
int gilt_str_bounds(GiltThread *ts, Value *args, int nargs, int i,
                    int64_t *start, int64_t *end);
// An integer argument through __index__ (TypeError "'T' object cannot be
// interpreted as an integer"), clamped on overflow when [clamp], else
// OverflowError. 0 or -1.
int gilt_str_int_arg(GiltThread *ts, Value v, bool clamp, int64_t *out);

#endif
