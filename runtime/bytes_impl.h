/* bytes_impl.h - What bytes.c, bytes_methods.c and bytearray.c share.
 * Not for other files.
 */
#ifndef GILT_BYTES_IMPL_H
#define GILT_BYTES_IMPL_H

#include "bytes.h"
#include "str.h"

// The methods bytes and bytearray both have (bytes_methods.c,
// bytes_text.c); results take the type of self (bytes for bytes
// subclasses too).
extern const GiltMethodDef gilt_bytes_search_methods[];
extern const GiltMethodDef gilt_bytes_text_methods[];
// A bytes result for bytes (or a subclass) [self], else a bytearray.
Value gilt_bytes_make_like(GiltThread *ts, Value self, const char *d,
                           size_t n);
// self unchanged: exact bytes itself, anything else a copy.
Value gilt_bytes_unchanged(GiltThread *ts, Value self);
// [v] as a bytes-like argument; TypeError "a bytes-like object is
// required, not 'T'" otherwise.
bool gilt_bytes_buf_arg(GiltThread *ts, Value v, GiltBuffer *out);

// bytes(source, encoding, errors) argument handling ([fname] "bytes" or
// "bytearray", which takes no __bytes__); [args] exclude the class. New
// bytes (or a __bytes__ result) or VAL_NULL.
Value gilt_bytes_construct(GiltThread *ts, Value *args, int nargs,
                           GiltTuple *kw, const char *fname);
// gilt_bytes_repr; bytearray's repr escapes ' even inside "...".
Value gilt_bytes_repr_ex(GiltThread *ts, const char *data, size_t size,
                         bool bytearray);
// Append the bytes of a buffer, an int count of zeros, or an iterable of
// ints to [out]; TypeError "cannot convert 'T' object to [what]".
bool gilt_bytes_fill_from(GiltThread *ts, Value v, GiltStrBuf *out,
                          const char *what);
// Rich comparison of two bytes-like values; NotImplemented otherwise.
Value gilt_bytes_compare(GiltThread *ts, Value a, Value b, GiltCompareOp op);
// The count of seq * n: 1 ok, 0 NotImplemented, -1 error.
int gilt_bytes_repeat_count(GiltThread *ts, Value n, int64_t *out);
// [n] copies of [size] bytes at [src] into [dst].
void gilt_bytes_fill_repeat(char *dst, const char *src, size_t size, size_t n);
// An iterator over a bytes or bytearray.
Value gilt_bytes_iter_new(GiltThread *ts, Value seq);
// A byte value from an int-like [v]: 0..255, or -1 with ValueError "byte
// must be in range(0, 256)" / TypeError.
int gilt_bytes_byte_arg(GiltThread *ts, Value v);

#endif
