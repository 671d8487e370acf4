/* str.h - str: immutable Unicode text, stored as UTF-8.
 *
 * A GiltStr keeps its text inline as UTF-8 (NUL-terminated, so C APIs can
 * read it), its length in code points, and whether it is pure ASCII, in
 * which case indexing is O(1); non-ASCII indexing walks the bytes. Lone
 * surrogates (from "\ud800") are kept as their 3-byte generalised UTF-8
 * form. The hash is computed once and cached.
 *
 * Interned strings are unique per VM: two interned strs are equal iff
 * they are the same object. Identifiers, attribute names and dict keys of
 * namespaces are interned, so their lookups compare pointers.
 */
#ifndef GILT_STR_H
#define GILT_STR_H

#include <stdarg.h>

#include "object.h"

struct GiltStr {
    GiltObject obj;
    int64_t hash; // -1 until computed
    size_t size;  // bytes of UTF-8, without the NUL
    size_t len;   // code points
    bool ascii;
    bool interned;
    char data[]; // size + 1 bytes
};

#define AS_STR(v) ((GiltStr *)AS_OBJ(v))

// New str from [size] bytes of valid UTF-8 (not checked; use
// gilt_str_decode_utf8 for outside input). VAL_NULL on MemoryError.
Value gilt_str_new(GiltThread *ts, const char *utf8, size_t size);
Value gilt_str_from_cstr(GiltThread *ts, const char *s);
// New uninitialised str of [size] bytes to fill in, then finish with
// gilt_str_finish (which computes len/ascii).
GiltStr *gilt_str_alloc(GiltThread *ts, size_t size);
Value gilt_str_finish(GiltStr *s);
// Decode [size] bytes as UTF-8 with [errors] ("strict", "replace",
// "ignore", "surrogateescape"; NULL = strict); UnicodeDecodeError.
Value gilt_str_decode_utf8(GiltThread *ts, const char *data, size_t size,
                           const char *errors);
// The str of one code point.
Value gilt_str_from_codepoint(GiltThread *ts, uint32_t cp);
// printf into a new str (C formats only).
Value gilt_str_printf(GiltThread *ts, const char *fmt, ...) GILT_PRINTF(2, 3);

// The interned str equal to [s] (may be s itself, now marked interned).
GiltStr *gilt_str_intern(GiltThread *ts, GiltStr *s);
GiltStr *gilt_str_intern_cstr(GiltThread *ts, const char *s);
GiltStr *gilt_str_intern_n(GiltThread *ts, const char *s, size_t size);

int64_t gilt_str_hash(GiltStr *s);
// The str hash of [n] bytes of UTF-8 (bytes objects hash the same way).
int64_t gilt_str_hash_bytes(const char *p, size_t n);
bool gilt_str_eq(GiltStr *a, GiltStr *b);
// Code-point order: <0, 0, >0.
int gilt_str_cmp(GiltStr *a, GiltStr *b);
bool gilt_str_eq_cstr(GiltStr *s, const char *c);
Value gilt_str_concat(GiltThread *ts, GiltStr *a, GiltStr *b);

// Byte offset of code point [index] (0 <= index <= len).
size_t gilt_str_offset(GiltStr *s, size_t index);
// The code point at byte offset [*pos], advancing *pos past it.
uint32_t gilt_utf8_decode(const char *p, size_t *pos);
// Encode [cp] at [out] (4 bytes room); returns the byte count.
int gilt_utf8_encode(uint32_t cp, char *out);

// repr() of a str, with Python's quote choice and escapes.
Value gilt_str_repr(GiltThread *ts, GiltStr *s);

// ---- building strings ----------------------------------------------------

// A growable UTF-8 buffer. Starts on an inline array; grows on the heap.
typedef struct GiltStrBuf {
    char *data;
    size_t size, cap;
    bool failed; // an append ran out of memory (MemoryError is raised)
    char inline_buf[200];
} GiltStrBuf;

void gilt_strbuf_init(GiltStrBuf *b);
void gilt_strbuf_free(GiltThread *ts, GiltStrBuf *b);
bool gilt_strbuf_append(GiltThread *ts, GiltStrBuf *b, const char *s,
                        size_t n);
// Make room for [n] more bytes, to be written at data + size directly.
bool gilt_strbuf_reserve(GiltThread *ts, GiltStrBuf *b, size_t n);
bool gilt_strbuf_append_cstr(GiltThread *ts, GiltStrBuf *b, const char *s);
bool gilt_strbuf_append_char(GiltThread *ts, GiltStrBuf *b, char c);
bool gilt_strbuf_append_codepoint(GiltThread *ts, GiltStrBuf *b, uint32_t cp);
bool gilt_strbuf_append_str(GiltThread *ts, GiltStrBuf *b, GiltStr *s);
bool gilt_strbuf_printf(GiltThread *ts, GiltStrBuf *b, const char *fmt, ...)
    GILT_PRINTF(3, 4);
// Append [fmt] formatted with printf's conversions plus %T (type name of a
// Value), %R (its repr), %S (its str) and %U (a GiltStr *). Used by
// gilt_raise.
bool gilt_strbuf_vformat(GiltThread *ts, GiltStrBuf *b, const char *fmt,
                         va_list ap);
// Append repr(v) / str(v); false on error (exception set).
bool gilt_strbuf_append_repr(GiltThread *ts, GiltStrBuf *b, Value v);
bool gilt_strbuf_append_strof(GiltThread *ts, GiltStrBuf *b, Value v);
// The buffer as a new str; frees the buffer. VAL_NULL if an append failed.
Value gilt_strbuf_finish(GiltThread *ts, GiltStrBuf *b);

// ---- helpers shared by the str_*.c files ------------------------------------

// New str whose code-point length and ASCII-ness the caller knows (no
// scan). [utf8] as gilt_str_new.
Value gilt_str_new_known(GiltThread *ts, const char *utf8, size_t size,
                         size_t len, bool ascii);
// Code points in [n] bytes of UTF-8.
size_t gilt_utf8_count(const char *p, size_t n);
// Byte offset after skipping [count] code points of [p] ([n] bytes),
// clamped to n.
size_t gilt_utf8_skip(const char *p, size_t n, size_t count);
// [v] (a str or str subclass instance) as an exact str: itself, or a copy.
Value gilt_str_exact(GiltThread *ts, Value v);

// ---- methods and formatting (str_methods.c, str_format.c, ...) -----------------

// s[key] for an int or slice [key].
Value gilt_str_getitem(GiltThread *ts, GiltStr *s, Value key);
// `needle in hay` for strs.
bool gilt_str_contains(GiltStr *hay, GiltStr *needle);
// A str iterator over [s].
Value gilt_str_iter_new(GiltThread *ts, Value s);
// sep.join(iterable).
Value gilt_str_join(GiltThread *ts, GiltStr *sep, Value iterable);
// BUILD_STRING: concatenate [n] exact strs with one allocation.
Value gilt_str_join_values(GiltThread *ts, const Value *parts, size_t n);
// FORMAT_VALUE: format(conv(v), spec) as CPython; [conversion] 0, 's',
// 'r' or 'a'; [spec] a str or VAL_NULL.
Value gilt_str_format_value(GiltThread *ts, Value v, int conversion,
                            Value spec);
// format % args (the str % operator).
Value gilt_str_mod(GiltThread *ts, Value format, Value args);
// s * n.
Value gilt_str_repeat(GiltThread *ts, GiltStr *s, int64_t n);

// Method tables and the str iterator type (str_methods.c).
int gilt_str_methods_init_types(GiltThread *ts);

int gilt_str_init_types(GiltThread *ts);

#endif
