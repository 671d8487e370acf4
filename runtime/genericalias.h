/* genericalias.h - types.GenericAlias (list[int]) and types.UnionType
 * (int | None), the runtime objects of PEP 585 / PEP 604 annotations.
 */
#ifndef GILT_GENERICALIAS_H
#define GILT_GENERICALIAS_H

#include "object.h"

// origin[args]: [args] is a tuple (the subscript) or a single value.
Value gilt_generic_alias_new(GiltThread *ts, Value origin, Value args);
// a | b for types, None, aliases and unions: a types.UnionType (or the
// one type when both sides are the same), VAL_NOTIMPL when either side
// cannot be in a union.
Value gilt_union_new(GiltThread *ts, Value a, Value b);
// A `__class_getitem__` classmethod returning cls[item] as a GenericAlias,
// for builtin types of other files to add to their methods.
Value gilt_generic_class_getitem(GiltThread *ts, Value *args, int nargs,
                                 GiltTuple *kwnames);

// Creates both types and adds __class_getitem__ to the builtin containers
// and __or__/__ror__ to type.
int gilt_genericalias_init_types(GiltThread *ts);

#endif
