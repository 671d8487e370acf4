/* stringio.h - In-memory streams: io.StringIO (stringio.c) and io.BytesIO
 * (bytesio.c), both in the _stringio module that lib/io.py re-exports.
 */
#ifndef GILT_STRINGIO_H
#define GILT_STRINGIO_H

#include "../runtime/module.h"

// Raise io.UnsupportedOperation(name) (OSError before io is imported).
Value gilt_stringio_unsupported(GiltThread *ts, const char *name);
// A size argument: None or absent is -1, else an int; TypeError
// "argument should be integer or None, not 'T'". 0 or -1.
int gilt_stringio_size_arg(GiltThread *ts, Value *args, int nargs, int64_t *out);

// Create BytesIO and add it to [module].
int gilt_bytesio_init(GiltThread *ts, Value module);

extern const GiltModuleDef gilt_module_stringio;

#endif
