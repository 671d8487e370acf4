/* format.h - The format-spec mini-language shared by format(), str.format
 * and f-strings: [[fill]align][sign][z][#][0][width][grouping][.precision]
 * [type].
 */
#ifndef GILT_FORMAT_H
#define GILT_FORMAT_H

#include "object.h"

typedef struct GiltFormatSpec {
    uint32_t fill;     // fill code point (default ' ')
    char align;        // '<', '>', '^', '=' or 0 when not given
    char sign;         // '+', '-', ' ' or 0 when not given
    bool no_neg_zero;  // 'z'
    bool alternate;    // '#'
    bool zero_pad;     // '0' before the width
    int64_t width;     // -1 when not given
    char grouping;     // ',' or '_' or 0
    int64_t precision; // -1 when not given
    char type;         // presentation type, 0 when not given
} GiltFormatSpec;

// Parse [spec] (a str) for a str value. ValueError with CPython's
// messages on bad specs ("Invalid format specifier '...' for object of
// type 'str'", "Format specifier missing precision", "Cannot specify ','
// with 's'." ...). out->type is 0 when the spec gives none. The checks
// that depend on the value's type (sign, '#', '=' for str) are the
// caller's.
int gilt_format_parse(GiltThread *ts, GiltStr *spec, GiltFormatSpec *out);
// As gilt_format_parse for numbers: [type_name] names the type in
// "Invalid format specifier" and an absent type passes the grouping
// check (the number formatters default to 'd' or a float type).
// A type code above U+00FF is stored as (char)0x80.
int gilt_format_parse_for(GiltThread *ts, GiltStr *spec, GiltFormatSpec *out,
                          const char *type_name);

// Lay out a formatted value: [body] ([size] bytes of UTF-8) whose first
// [prefix] bytes are the sign and base prefix ("-0x"), padded to the
// spec's width with its fill and alignment ([dflt_align] when the spec
// gives none; '=' pads between prefix and digits). New str or VAL_NULL.
Value gilt_format_pad(GiltThread *ts, const GiltFormatSpec *spec,
                      const char *body, size_t size, size_t prefix,
                      char dflt_align);

// Copy the [n] ASCII digits at [digits] to [out] with [sep] inserted every
// [interval] digits from the right; returns the bytes written. [out]
// needs n + n / interval bytes.
size_t gilt_format_group(const char *digits, size_t n, char sep, int interval,
                         char *out);

// Lay out a formatted number as CPython does: [head] (sign and base
// prefix, NUL-terminated), the [nd] integer [digits] grouped every
// [interval] digits with the spec's separator (0: no grouping) and, for
// '0' fill with '=' alignment, zero-padded inside the grouping, then
// [ntail] bytes of [tail] (fraction, exponent, '%'), padded to the width
// ('>' by default, '=' after a leading '0').
Value gilt_format_number(GiltThread *ts, const GiltFormatSpec *spec,
                         const char *head, const char *digits, size_t nd,
                         const char *tail, size_t ntail, int interval);
// ValueError "Unknown format code 'q' for object of type 'int'".
Value gilt_format_unknown(GiltThread *ts, char type, const char *type_name);

#endif
