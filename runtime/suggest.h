/* suggest.h - "Did you mean" suggestions for NameError/AttributeError. */
#ifndef GILT_SUGGEST_H
#define GILT_SUGGEST_H

#include "object.h"

// The name to suggest for [exc] (a NameError or AttributeError carrying
// `name`, and `obj` for AttributeError), or NULL. Never raises.
GiltStr *gilt_suggest(GiltThread *ts, Value exc);
// Record `name` and `obj` on the AttributeError in flight (as CPython's
// attribute lookup does) so a suggestion can be offered.
void gilt_attribute_error_context(GiltThread *ts, Value obj, GiltStr *name);

#endif
