/* format.c - The format-spec mini-language: parsing, padding, digit
 * grouping, and the layout of formatted numbers (sign, prefix, grouped
 * digits with zero padding, fraction/exponent), following CPython's
 * Python/formatter_unicode.c so every spec lays out the same.
 */
#include "format.h"

#include "../vm/gc.h"
#include "str.h"

// ---- parsing ----------------------------------------------------------------------

static bool is_align(uint32_t c) {
    return c == '<' || c == '>' || c == '^' || c == '=';
}

// Code points of a spec, with a cursor.
typedef struct {
    GiltStr *s;
    size_t pos; // byte offset
} Cursor;

static bool at_end(const Cursor *c) {
    return c->pos >= c->s->size;
}

static uint32_t peek(const Cursor *c, size_t ahead) {
    size_t pos = c->pos;
    uint32_t cp = 0;
    for (size_t i = 0; i <= ahead; i++) {
        if (pos >= c->s->size)
            return 0x110000; // past the end: matches nothing
        cp = gilt_utf8_decode(c->s->data, &pos);
    }
    return cp;
}

static void advance(Cursor *c) {
    gilt_utf8_decode(c->s->data, &c->pos);
}

// Digits at the cursor into *out: the count consumed, or -1 on overflow.
static int get_integer(GiltThread *ts, Cursor *c, int64_t *out) {
    int64_t v = 0;
    int n = 0;
    while (!at_end(c) && c->s->data[c->pos] >= '0' && c->s->data[c->pos] <= '9') {
        int d = c->s->data[c->pos] - '0';
        if (v > (INT64_MAX - d) / 10) {
            gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                       "Too many decimal digits in format string");
            return -1;
        }
        v = v * 10 + d;
        c->pos++;
        n++;
    }
    *out = v;
    return n;
}

static int invalid_sep_type(GiltThread *ts, char sep, uint32_t type) {
    if (type > 32 && type < 128)
        gilt_raise(ts, GILT_EXC_VALUE_ERROR, "Cannot specify '%c' with '%c'.",
                   sep, (int)type);
    else
        gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                   "Cannot specify '%c' with '\\x%x'.", sep, (unsigned)type);
    return -1;
}

static int check_grouping(GiltThread *ts, char sep, uint32_t type) {
    switch (type) {
    case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%':
    case 'F': case 0:
        return 0;
    case 'b': case 'o': case 'x': case 'X':
        if (sep == '_')
            return 0;
        return invalid_sep_type(ts, sep, type);
    default:
        return invalid_sep_type(ts, sep, type);
    }
}

static void parse_head(Cursor *c, GiltFormatSpec *out, bool *fill_given,
                       bool *align_given) {
    if (is_align(peek(c, 1))) {
        out->fill = peek(c, 0);
        out->align = (char)peek(c, 1);
        advance(c);
        advance(c);
        *fill_given = *align_given = true;
    } else if (is_align(peek(c, 0))) {
        out->align = (char)peek(c, 0);
        advance(c);
        *align_given = true;
    }
    uint32_t ch = peek(c, 0);
    if (ch == '+' || ch == '-' || ch == ' ') {
        out->sign = (char)ch;
        advance(c);
    }
    if (peek(c, 0) == 'z') {
        out->no_neg_zero = true;
        advance(c);
    }
    if (peek(c, 0) == '#') {
        out->alternate = true;
        advance(c);
    }
    // '0' before the width: zero padding (the number formatters also make
    // it '=' aligned when no alignment was given).
    if (!*fill_given && peek(c, 0) == '0') {
        out->fill = '0';
        out->zero_pad = true;
        advance(c);
    }
}

static int parse_grouping(GiltThread *ts, Cursor *c, GiltFormatSpec *out) {
    if (peek(c, 0) == ',') {
        out->grouping = ',';
        advance(c);
    }
    if (peek(c, 0) == '_') {
        if (out->grouping) {
            gilt_raise(ts, GILT_EXC_VALUE_ERROR, "Cannot specify both ',' and '_'.");
            return -1;
        }
        out->grouping = '_';
        advance(c);
    }
    if (peek(c, 0) == ',' && out->grouping == '_') {
        gilt_raise(ts, GILT_EXC_VALUE_ERROR, "Cannot specify both ',' and '_'.");
        return -1;
    }
    return 0;
}

// [dflt] is the type the grouping check assumes when none is given ('s'
// for str, whose default type rejects ',' and '_').
static int parse(GiltThread *ts, GiltStr *spec, GiltFormatSpec *out,
                 const char *type_name, char dflt) {
    *out = (GiltFormatSpec){.fill = ' ', .width = -1, .precision = -1};
    Cursor c = {spec, 0};
    bool fill_given = false, align_given = false;
    parse_head(&c, out, &fill_given, &align_given);
    int n = get_integer(ts, &c, &out->width);
    if (n < 0)
        return -1;
    if (n == 0)
        out->width = -1;
    if (parse_grouping(ts, &c, out) < 0)
        return -1;
    if (peek(&c, 0) == '.') {
        advance(&c);
        if ((n = get_integer(ts, &c, &out->precision)) < 0)
            return -1;
        if (n == 0) {
            gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                       "Format specifier missing precision");
            return -1;
        }
    }
    uint32_t type = 0;
    if (!at_end(&c)) {
        type = peek(&c, 0);
        advance(&c);
        if (!at_end(&c)) {
            gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                       "Invalid format specifier '%U' for object of type '%s'",
                       spec, type_name);
            return -1;
        }
    }
    // Non-ASCII type codes are only ever reported as unknown: Latin-1 ones
    // keep their value, others become 0x80 (the message shows '\x80').
    out->type = type < 256 ? (char)type : (char)0x80;
    if (out->grouping &&
        check_grouping(ts, out->grouping, type ? type : (uint32_t)dflt) < 0)
        return -1;
    return 0;
}

int gilt_format_parse_for(GiltThread *ts, GiltStr *spec, GiltFormatSpec *out,
                          const char *type_name) {
    return parse(ts, spec, out, type_name, 0);
}

int gilt_format_parse(GiltThread *ts, GiltStr *spec, GiltFormatSpec *out) {
    return parse(ts, spec, out, "str", 's');
}

// ---- padding and grouping -------------------------------------------------------------

static size_t utf8_len(const char *s, size_t size) {
    size_t n = 0;
    for (size_t i = 0; i < size; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

Value gilt_format_pad(GiltThread *ts, const GiltFormatSpec *spec,
                      const char *body, size_t size, size_t prefix,
                      char dflt_align) {
    size_t len = utf8_len(body, size);
    if (spec->width < 0 || (size_t)spec->width <= len)
        return gilt_str_new(ts, body, size);
    char align = spec->align ? spec->align
                 : spec->zero_pad && dflt_align == '>' ? '='
                                                       : dflt_align;
    size_t pad = (size_t)spec->width - len, left, right = 0;
    if (align == '<')
        left = 0, right = pad;
    else if (align == '^')
        left = pad / 2, right = pad - pad / 2;
    else
        left = pad;
    char fill[4];
    size_t fl = (size_t)gilt_utf8_encode(spec->fill, fill);
    GiltStr *s = gilt_str_alloc(ts, size + pad * fl);
    if (!s)
        return VAL_NULL;
    char *p = s->data;
    size_t head = align == '=' ? prefix : 0;
    memcpy(p, body, head);
    p += head;
    for (size_t i = 0; i < left; i++, p += fl)
        memcpy(p, fill, fl);
    memcpy(p, body + head, size - head);
    p += size - head;
    for (size_t i = 0; i < right; i++, p += fl)
        memcpy(p, fill, fl);
    return gilt_str_finish(s);
}

size_t gilt_format_group(const char *digits, size_t n, char sep, int interval,
                         char *out) {
    size_t nsep = n ? (n - 1) / (size_t)interval : 0, total = n + nsep;
    char *p = out + total;
    for (size_t i = 0; i < n; i++) {
        if (i && i % (size_t)interval == 0)
            *--p = sep;
        *--p = digits[n - 1 - i];
    }
    return total;
}

// ---- numbers ----------------------------------------------------------------------------

// CPython's _PyUnicode_InsertThousandsGrouping: the digits grouped from the
// right, zero-padded (groups and separators included) to [min_width].
// Writes backwards ending at [end]; returns the count. With [out] NULL,
// only counts.
static size_t group_digits(const char *digits, size_t nd, int64_t min_width,
                           char sep, int interval, char *end) {
    int64_t remaining = (int64_t)nd;
    size_t count = 0, dpos = nd;
    bool use_sep = false, broken = false;
    if (nd == 0)
        return 0;
    if (min_width < 0)
        min_width = 0;
#define EMIT(c) (end ? (void)(*--end = (c)) : (void)0)
#define FILL(l)                                                                \
    do {                                                                       \
        int64_t zeros = (l) - remaining > 0 ? (l) - remaining : 0;             \
        int64_t chars = remaining < (l) ? remaining : (l);                     \
        if (chars < 0)                                                         \
            chars = 0;                                                         \
        if (use_sep)                                                           \
            EMIT(sep), count++;                                                \
        for (int64_t i = 0; i < chars; i++)                                    \
            EMIT(digits[--dpos]);                                              \
        for (int64_t i = 0; i < zeros; i++)                                    \
            EMIT('0');                                                         \
        count += (size_t)(zeros + chars);                                      \
        remaining -= chars;                                                    \
    } while (0)
    if (sep) {
        for (;;) {
            int64_t m = remaining > min_width ? remaining : min_width;
            int64_t l = interval < (m > 1 ? m : 1) ? interval : (m > 1 ? m : 1);
            FILL(l);
            use_sep = true;
            min_width -= l;
            if (remaining <= 0 && min_width <= 0) {
                broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if (!broken) {
        int64_t m = remaining > min_width ? remaining : min_width;
        int64_t l = m > 1 ? m : 1;
        FILL(l);
    }
#undef FILL
#undef EMIT
    return count;
}

Value gilt_format_number(GiltThread *ts, const GiltFormatSpec *spec,
                         const char *head, const char *digits, size_t nd,
                         const char *tail, size_t ntail, int interval) {
    size_t nhead = strlen(head);
    char align = spec->align ? spec->align : spec->zero_pad ? '=' : '>';
    int64_t min_width = 0;
    if (spec->fill == '0' && align == '=')
        min_width = spec->width - (int64_t)(nhead + ntail);
    char sep = interval ? spec->grouping : 0;
    size_t ng = group_digits(digits, nd, min_width, sep, interval, NULL);
    size_t size = nhead + ng + ntail;
    char stackbuf[256];
    char *buf = size <= sizeof stackbuf ? stackbuf
                                        : gilt_mem_realloc(ts, NULL, 0, size);
    if (!buf)
        return VAL_NULL;
    memcpy(buf, head, nhead);
    group_digits(digits, nd, min_width, sep, interval, buf + nhead + ng);
    memcpy(buf + nhead + ng, tail, ntail);
    GiltFormatSpec s = *spec;
    s.align = align;
    Value r = gilt_format_pad(ts, &s, buf, size, nhead, '>');
    if (buf != stackbuf)
        gilt_mem_free(ts->vm, buf, size);
    return r;
}

Value gilt_format_unknown(GiltThread *ts, char type, const char *type_name) {
    unsigned t = (unsigned char)type;
    if (t > 32 && t < 128)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                          "Unknown format code '%c' for object of type '%s'",
                          (int)t, type_name);
    return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                      "Unknown format code '\\x%x' for object of type '%s'", t,
                      type_name);
}
