/* itertools.h - What the itertools files share: argument checks, type
 * lookup, and each file's init. itertools.c holds the simple iterators,
 * itertools_more.c islice/groupby/tee, itertools_comb.c the
 * combinatoric ones.
 */
#ifndef GILT_ITERTOOLS_H
#define GILT_ITERTOOLS_H

#include "../runtime/module.h"

// CPython's "name expected N arguments, got M" TypeErrors (at least /
// at most / exactly); [max] -1 for unbounded. 0 or -1.
int gilt_itertools_nargs(GiltThread *ts, const char *name, int nargs, int min,
                         int max);
// TypeError "name() takes no keyword arguments" when kwnames is non-empty.
int gilt_itertools_nokw(GiltThread *ts, const char *name, GiltTuple *kwnames);
// CPython's "name() missing required argument 'x' (pos N)" when one of
// the first [min] of [names] is given neither by position nor keyword;
// then gilt_parse_args does the rest. 0 or -1.
int gilt_itertools_required(GiltThread *ts, const char *fname, int nargs,
                            GiltTuple *kwnames, const char *const *names, int min);
// The itertools type called [name] (for objects an iterator makes of a
// type other than its own, such as groupby's groups). NULL with
// RuntimeError if the module was torn down.
GiltType *gilt_itertools_type(GiltThread *ts, const char *name);
// Make the types of [specs] (a NULL-name-terminated array) and add them
// to [module]. 0 or -1.
int gilt_itertools_add_types(GiltThread *ts, Value module, const GiltTypeSpec *specs);

int gilt_itertools_more_init(GiltThread *ts, Value module);
int gilt_itertools_comb_init(GiltThread *ts, Value module);

#endif
