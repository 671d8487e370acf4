/* bytes.h - bytes (immutable, data inline) and bytearray (mutable, data
 * on the heap), and the methods they share (bytes_methods.c).
 */
#ifndef GILT_BYTES_H
#define GILT_BYTES_H

#include "object.h"

typedef struct GiltBytes {
    GiltObject obj;
    int64_t hash; // -1 until computed
    size_t size;
    char data[]; // size + 1 bytes, NUL-terminated
} GiltBytes;

typedef struct GiltByteArray {
    GiltObject obj;
    char *data; // NULL when cap is 0
    size_t size, cap;
} GiltByteArray;

#define AS_BYTES(v) ((GiltBytes *)AS_OBJ(v))
#define AS_BYTEARRAY(v) ((GiltByteArray *)AS_OBJ(v))

// The bytes of a bytes-like object (bytes, bytearray, or a subclass),
// valid until the next allocation or call into Python code.
typedef struct GiltBuffer {
    const char *data;
    size_t size;
} GiltBuffer;

// Fill [out] if [v] is bytes-like; false (no exception) otherwise.
bool gilt_bytes_buffer(GiltThread *ts, Value v, GiltBuffer *out);

// New bytes holding a copy of [size] bytes at [data]; VAL_NULL on
// MemoryError.
Value gilt_bytes_new(GiltThread *ts, const char *data, size_t size);
// New uninitialised exact bytes of [size] bytes (NUL-terminated by the
// caller or by gilt_bytes_alloc itself at data[size]).
GiltBytes *gilt_bytes_alloc(GiltThread *ts, size_t size);
// New bytearray holding a copy of [data].
Value gilt_bytearray_new(GiltThread *ts, const char *data, size_t size);
// Make room for [n] bytes in [b] (size unchanged); -1 on MemoryError.
int gilt_bytearray_reserve(GiltThread *ts, GiltByteArray *b, size_t n);

// bytes(v) for any value as the bytes constructor would take it
// (__bytes__, buffers, an int count, an iterable of ints).
Value gilt_bytes_from_object(GiltThread *ts, Value v);
// repr() of [size] bytes: b'...' with CPython's escapes and quotes.
Value gilt_bytes_repr(GiltThread *ts, const char *data, size_t size);
int64_t gilt_bytes_hash(GiltBytes *b);
// format % args for bytes and bytearray (returns bytes).
Value gilt_bytes_mod(GiltThread *ts, Value format, Value args);

int gilt_bytes_init_types(GiltThread *ts);
int gilt_bytearray_init_types(GiltThread *ts);

#endif
