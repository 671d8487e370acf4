/* str_printf.c - printf-style formatting: str % args and bytes % args.
 *
 * One implementation serves both (CPython's PyUnicode_Format and
 * _PyBytes_FormatEx): they differ only in what %s, %r, %a and %c accept
 * and produce, in whether widths count code points or bytes, and in a few
 * messages. Arguments are consumed as CPython does: a tuple supplies them
 * in order; any other value is the single argument, or the mapping for
 * %(key)s when it has __getitem__ (and is not a tuple, str or bytes).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "../vm/state.h"
#include "../vm/gc.h"
#include "bytes.h"
#include "int.h"
#include "float.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

typedef struct Fmt {
    bool bytes;       // bytes % args
    const char *p;    // next format byte
    const char *end;
    const char *start; // the format's first byte (for error positions)
    Value args;        // the right operand
    Value dict;        // the mapping for %(key)s, or VAL_NULL
    int64_t argidx, arglen; // CPython's scheme: -2/-1 for a single value
    GiltStrBuf out;
} Fmt;

// One conversion's flags, width and precision.
typedef struct Spec {
    bool minus, plus, space, alt, zero;
    int64_t width, prec; // -1: not given
    char conv;
} Spec;

static Value next_arg(GiltThread *ts, Fmt *f) {
    if (f->argidx < f->arglen) {
        f->argidx++;
        return f->arglen < 0 ? f->args : AS_TUPLE(f->args)->items[f->argidx - 1];
    }
    return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                      "not enough arguments for format string");
}

// ---- padding and numbers ------------------------------------------------------------

// Append [body] ([n] bytes, [width_units] wide) after [prefix] (sign and
// base prefix), padded to the spec's width: spaces left or right, or
// zeros between prefix and body when [zero_ok].
static void emit(GiltThread *ts, Fmt *f, const Spec *s, const char *prefix,
                 const char *body, size_t n, size_t units, bool zero_ok) {
    size_t plen = strlen(prefix), total = plen + units;
    size_t pad = s->width > 0 && (uint64_t)s->width > total
                     ? (size_t)s->width - total
                     : 0;
    bool zeros = zero_ok && s->zero && !s->minus;
    if (pad && !s->minus && !zeros)
        for (size_t i = 0; i < pad; i++)
            gilt_strbuf_append_char(ts, &f->out, ' ');
    gilt_strbuf_append(ts, &f->out, prefix, plen);
    if (pad && zeros)
        for (size_t i = 0; i < pad; i++)
            gilt_strbuf_append_char(ts, &f->out, '0');
    gilt_strbuf_append(ts, &f->out, body, n);
    if (pad && s->minus)
        for (size_t i = 0; i < pad; i++)
            gilt_strbuf_append_char(ts, &f->out, ' ');
}

// The int value of [v] for %d/%i/%u (int(v)) or %x/%X/%o (index(v)).
static Value int_operand(GiltThread *ts, Value v, char conv) {
    if (IS_INT(v) || gilt_is_int(ts, v))
        return gilt_int_value(ts, v);
    bool hex = conv == 'x' || conv == 'X' || conv == 'o';
    GiltType *t = gilt_typeof(ts, v);
    Value r = VAL_NULL;
    if (IS_FLOAT(v) && !hex)
        r = gilt_int_from_double(ts, AS_FLOAT(v));
    else if (gilt_type_lookup(ts, t, GILT_NAME(ts, __index__)) ||
             (!hex && gilt_type_lookup(ts, t, GILT_NAME(ts, __int__))))
        r = hex ? gilt_index_value(ts, v)
                : gilt_call1(ts, OBJ_VAL(GILT_TYPE(ts, INT)), v);
    else
        goto wrong;
    if (r || !gilt_exc_matches(ts, GILT_EXC_TYPE_ERROR))
        return r;
    gilt_exc_clear(ts);
wrong:
    return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                      hex ? "%%%c format: an integer is required, not %T"
                          : "%%%c format: a real number is required, not %T",
                      conv, v);
}

// The digits of |v| in [base] (lowercase): into [buf] (32 bytes) for a
// small int, else as a new str; *n gets the length.
static const char *abs_digits(GiltThread *ts, Value v, int base, char *buf,
                              size_t *n) {
    if (IS_INT(v)) {
        int64_t i = AS_INT(v);
        uint64_t u = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
        char *p = buf + 32;
        do {
            *--p = "0123456789abcdef"[u % (unsigned)base];
            u /= (unsigned)base;
        } while (u);
        *n = (size_t)(buf + 32 - p);
        return p;
    }
    Value a = gilt_int_sign(v) < 0 ? gilt_int_neg(ts, v) : v;
    Value d = !a ? VAL_NULL : base == 10 ? gilt_int_to_str(ts, a)
                                         : gilt_int_to_base(ts, a, base, false);
    if (!d)
        return NULL;
    *n = AS_STR(d)->size;
    return AS_STR(d)->data;
}

static bool format_int(GiltThread *ts, Fmt *f, const Spec *s, Value v) {
    Value iv = int_operand(ts, v, s->conv);
    if (!iv)
        return false;
    int sign = gilt_int_sign(iv);
    int base = s->conv == 'o' ? 8 : s->conv == 'x' || s->conv == 'X' ? 16 : 10;
    char dbuf[32];
    size_t dn;
    const char *digits = abs_digits(ts, iv, base, dbuf, &dn);
    if (!digits)
        return false;
    if (s->prec < 0 && !s->alt && s->conv != 'X' && s->width <= 0 && sign >= 0 &&
        !s->plus && !s->space)
        return gilt_strbuf_append(ts, &f->out, digits, dn); // the common %d
    char prefix[4] = {0};
    int pl = 0;
    if (sign < 0 || s->plus || s->space)
        prefix[pl++] = sign < 0 ? '-' : s->plus ? '+' : ' ';
    if (s->alt && base != 10) {
        prefix[pl++] = '0';
        prefix[pl++] = s->conv == 'o' ? 'o' : s->conv;
    }
    size_t zeros = s->prec > 0 && (uint64_t)s->prec > dn
                       ? (size_t)s->prec - dn
                       : 0;
    GiltStrBuf body;
    gilt_strbuf_init(&body);
    for (size_t i = 0; i < zeros; i++)
        gilt_strbuf_append_char(ts, &body, '0');
    for (size_t i = 0; i < dn; i++)
        gilt_strbuf_append_char(ts, &body, s->conv == 'X' && digits[i] >= 'a'
                                               ? (char)(digits[i] - 32)
                                               : digits[i]);
    emit(ts, f, s, prefix, body.data, body.size, body.size, true);
    gilt_strbuf_free(ts, &body);
    return !f->out.failed;
}

static bool format_float(GiltThread *ts, Fmt *f, const Spec *s, Value v) {
    double d;
    if (IS_FLOAT(v))
        d = AS_FLOAT(v);
    else if (IS_INT(v))
        d = (double)AS_INT(v);
    else if (gilt_to_double(ts, v, &d) < 0)
        return false;
    char conv = s->conv, prefix[2] = {0};
    bool upper = conv == 'E' || conv == 'F' || conv == 'G';
    bool neg = signbit(d) && !isnan(d);
    if (neg || s->plus || s->space)
        prefix[0] = neg ? '-' : s->plus ? '+' : ' ';
    if (!isfinite(d)) {
        const char *body = isnan(d) ? (upper ? "NAN" : "nan")
                                    : (upper ? "INF" : "inf");
        emit(ts, f, s, prefix, body, 3, 3, true);
        return !f->out.failed;
    }
    char spec[16];
    snprintf(spec, sizeof spec, "%%%s.*%c", s->alt ? "#" : "", conv);
    int prec = s->prec < 0 ? 6 : (int)s->prec;
    int n = snprintf(NULL, 0, spec, prec, fabs(d));
    char small[128], *buf = n < (int)sizeof small ? small : malloc((size_t)n + 1);
    if (!buf) {
        gilt_raise_nomem(ts);
        return false;
    }
    snprintf(buf, (size_t)n + 1, spec, prec, fabs(d));
    emit(ts, f, s, prefix, buf, (size_t)n, (size_t)n, true);
    if (buf != small)
        free(buf);
    return !f->out.failed;
}

// ---- text conversions -------------------------------------------------------------------

// %s %r %a of a str operand (str formatting): precision truncates to
// code points, width pads.
static bool format_text(GiltThread *ts, Fmt *f, const Spec *s, GiltStr *t) {
    size_t n = t->size, units = t->len;
    if (s->prec >= 0 && (uint64_t)s->prec < units) {
        units = (size_t)s->prec;
        n = gilt_utf8_skip(t->data, t->size, units);
    }
    emit(ts, f, s, "", t->data, n, f->bytes ? n : units, false);
    return !f->out.failed;
}

// %s / %b for bytes formatting: a buffer or __bytes__.
static bool format_bytes_s(GiltThread *ts, Fmt *f, const Spec *s, Value v) {
    GiltBuffer buf;
    Value b = VAL_NULL;
    if (!gilt_bytes_buffer(ts, v, &buf)) {
        bool found;
        b = gilt_call_dunder(ts, v, gilt_str_intern_cstr(ts, "__bytes__"), NULL,
                             0, &found);
        if (!found) {
            gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                       "%%b requires a bytes-like object, or an object that "
                       "implements __bytes__, not '%T'",
                       v);
            return false;
        }
        if (!b)
            return false;
        if (!gilt_bytes_buffer(ts, b, &buf)) {
            gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                       "__bytes__ returned non-bytes (type %T)", b);
            return false;
        }
    }
    size_t n = s->prec >= 0 && (uint64_t)s->prec < buf.size ? (size_t)s->prec
                                                            : buf.size;
    emit(ts, f, s, "", buf.data, n, n, false);
    return !f->out.failed;
}

static bool format_char(GiltThread *ts, Fmt *f, const Spec *s, Value v) {
    char enc[4];
    size_t n = 1;
    GiltBuffer buf;
    if (f->bytes && gilt_bytes_buffer(ts, v, &buf) && buf.size == 1) {
        enc[0] = buf.data[0];
    } else if (!f->bytes && GILT_IS_SUB(ts, v, GILT_TF_STR_SUB) &&
               AS_STR(v)->len == 1) {
        n = AS_STR(v)->size;
        memcpy(enc, AS_STR(v)->data, n);
    } else {
        int64_t c;
        if (GILT_IS_SUB(ts, v, GILT_TF_STR_SUB) ||
            GILT_IS_SUB(ts, v, GILT_TF_BYTES_SUB) || IS_FLOAT(v) ||
            gilt_index(ts, v, &c) < 0) {
            gilt_exc_clear(ts);
            gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                       f->bytes ? "%%c requires an integer in range(256) or a "
                                  "single byte"
                                : "%%c requires int or char");
            return false;
        }
        if (c < 0 || c > (f->bytes ? 255 : 0x10FFFF)) {
            gilt_raise(ts, GILT_EXC_OVERFLOW_ERROR,
                       f->bytes ? "%%c arg not in range(256)"
                                : "%%c arg not in range(0x110000)");
            return false;
        }
        if (f->bytes)
            enc[0] = (char)c;
        else
            n = (size_t)gilt_utf8_encode((uint32_t)c, enc);
    }
    emit(ts, f, s, "", enc, n, 1, false);
    return !f->out.failed;
}

static bool format_repr(GiltThread *ts, Fmt *f, const Spec *s, Value v) {
    Value r = s->conv == 'r' && !f->bytes ? gilt_repr(ts, v) : gilt_ascii(ts, v);
    return r && format_text(ts, f, s, AS_STR(r));
}

static bool format_one(GiltThread *ts, Fmt *f, const Spec *s, Value v) {
    switch (s->conv) {
    case 's':
        if (f->bytes)
            return format_bytes_s(ts, f, s, v);
        v = gilt_str(ts, v);
        return v && format_text(ts, f, s, AS_STR(v));
    case 'b':
        return f->bytes && format_bytes_s(ts, f, s, v);
    case 'r':
    case 'a':
        return format_repr(ts, f, s, v);
    case 'c':
        return format_char(ts, f, s, v);
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
        return format_int(ts, f, s, v);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        return format_float(ts, f, s, v);
    }
    return false;
}

// ---- parsing ------------------------------------------------------------------------------

// %(key): the mapping's value for key.
static Value mapping_arg(GiltThread *ts, Fmt *f) {
    const char *kstart = ++f->p;
    int depth = 1;
    while (f->p < f->end && depth) {
        depth += *f->p == '(' ? 1 : *f->p == ')' ? -1 : 0;
        f->p++;
    }
    if (depth)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR, "incomplete format key");
    if (!f->dict)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "format requires a mapping");
    size_t klen = (size_t)(f->p - 1 - kstart);
    Value key = f->bytes ? gilt_bytes_new(ts, kstart, klen)
                         : gilt_str_new(ts, kstart, klen);
    if (!key)
        return VAL_NULL;
    gilt_gc_push_root(ts, key);
    Value v = gilt_getitem(ts, f->dict, key);
    gilt_gc_pop_root(ts);
    // The value stays reachable from the mapping only if it is stored
    // there; keep it rooted while formatting.
    if (v)
        gilt_gc_push_root(ts, v);
    // CPython makes the value the current argument, already consumed.
    f->arglen = -1;
    f->argidx = -1;
    return v;
}

// A '*' width or precision from the arguments.
static int star_arg(GiltThread *ts, Fmt *f, int64_t *out) {
    Value v = next_arg(ts, f);
    if (!v)
        return -1;
    if (!IS_INT(v) && !IS_BOOL(v) && !gilt_is_int(ts, v)) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR, "* wants int");
        return -1;
    }
    if (gilt_int_to_i64(ts, gilt_int_value(ts, v), out) < 0) {
        gilt_exc_clear(ts);
        gilt_raise(ts, GILT_EXC_OVERFLOW_ERROR,
                   "Python int too large to convert to C ssize_t");
        return -1;
    }
    return 0;
}

static int digits(GiltThread *ts, Fmt *f, int64_t *out, const char *what) {
    int64_t v = 0;
    while (f->p < f->end && *f->p >= '0' && *f->p <= '9') {
        v = v * 10 + (*f->p++ - '0');
        if (v > INT32_MAX) {
            gilt_raise(ts, GILT_EXC_VALUE_ERROR, "%s too big", what);
            return -1;
        }
    }
    *out = v;
    return 0;
}

static void parse_flags(Fmt *f, Spec *s) {
    for (; f->p < f->end; f->p++) {
        switch (*f->p) {
        case '-': s->minus = true; continue;
        case '+': s->plus = true; continue;
        case ' ': s->space = true; continue;
        case '#': s->alt = true; continue;
        case '0': s->zero = true; continue;
        }
        break;
    }
}

static int parse_width_prec(GiltThread *ts, Fmt *f, Spec *s) {
    if (f->p < f->end && *f->p == '*') {
        f->p++;
        if (star_arg(ts, f, &s->width) < 0)
            return -1;
        if (s->width < 0) {
            s->minus = true;
            s->width = -s->width;
        }
    } else if (digits(ts, f, &s->width, "width") < 0) {
        return -1;
    }
    if (f->p < f->end && *f->p == '.') {
        f->p++;
        if (f->p < f->end && *f->p == '*') {
            f->p++;
            if (star_arg(ts, f, &s->prec) < 0)
                return -1;
            if (s->prec < 0)
                s->prec = 0;
        } else if (digits(ts, f, &s->prec, "precision") < 0) {
            return -1;
        }
    }
    return 0;
}

static bool unsupported(GiltThread *ts, Fmt *f) {
    size_t pos = 0;
    uint32_t c = f->bytes ? (unsigned char)*f->p : gilt_utf8_decode(f->p, &pos);
    size_t index = (size_t)(f->p - f->start);
    if (!f->bytes)
        index = gilt_utf8_count(f->start, index);
    // str shows '?' for characters outside ASCII's printable range;
    // bytes shows the byte as a code point, and CPython's signed char makes
    // one above 0x7f fail to format.
    if (f->bytes && c >= 0x80) {
        gilt_raise(ts, GILT_EXC_OVERFLOW_ERROR,
                   "character argument not in range(0x110000)");
        return false;
    }
    Value ch = gilt_str_from_codepoint(ts, f->bytes || (c >= 32 && c <= 126)
                                               ? c
                                               : '?');
    if (ch)
        gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                   "unsupported format character '%U' (0x%x) at index %zu",
                   AS_STR(ch), c, index);
    return false;
}

// One conversion, f->p just past its '%'.
static bool conversion(GiltThread *ts, Fmt *f) {
    if (f->p < f->end && *f->p == '%') {
        f->p++;
        return gilt_strbuf_append_char(ts, &f->out, '%');
    }
    Value v = VAL_NULL;
    if (f->p < f->end && *f->p == '(' && !(v = mapping_arg(ts, f)))
        return false;
    Spec s = {.width = -1, .prec = -1};
    parse_flags(f, &s);
    if (parse_width_prec(ts, f, &s) < 0)
        return false;
    if (f->p < f->end && (*f->p == 'h' || *f->p == 'l' || *f->p == 'L'))
        f->p++;
    if (f->p >= f->end) {
        gilt_raise(ts, GILT_EXC_VALUE_ERROR, "incomplete format");
        return false;
    }
    if (!v && !(v = next_arg(ts, f)))
        return false;
    s.conv = *f->p;
    if (!s.conv || !strchr("sbracdiuoxXeEfFgG", s.conv) ||
        (s.conv == 'b' && !f->bytes))
        return unsupported(ts, f);
    f->p++;
    return format_one(ts, f, &s, v);
}

// How the operand supplies arguments: a tuple's items in order, else the
// value itself once (argidx -2 -> -1), and a mapping for %(key).
static void bind_args(GiltThread *ts, Fmt *f, Value args) {
    bool is_tuple = GILT_IS_SUB(ts, args, GILT_TF_TUPLE_SUB);
    f->args = args;
    if (!is_tuple && !GILT_IS_SUB(ts, args, GILT_TF_STR_SUB) &&
        !GILT_IS_SUB(ts, args, GILT_TF_BYTES_SUB) &&
        !GILT_IS(ts, args, BYTEARRAY) &&
        gilt_type_lookup(ts, gilt_typeof(ts, args), GILT_NAME(ts, __getitem__)))
        f->dict = args;
    f->arglen = is_tuple ? (int64_t)AS_TUPLE(args)->len : -1;
    f->argidx = is_tuple ? 0 : -2;
}

static Value printf_format(GiltThread *ts, const char *fmt, size_t n,
                           Value args, bool bytes) {
    Fmt f = {.bytes = bytes, .p = fmt, .end = fmt + n, .start = fmt};
    bind_args(ts, &f, args);
    gilt_strbuf_init(&f.out);
    size_t mark = gilt_gc_roots_mark(ts);
    bool ok = true;
    while (ok && f.p < f.end) {
        const char *pct = memchr(f.p, '%', (size_t)(f.end - f.p));
        if (!pct) {
            gilt_strbuf_append(ts, &f.out, f.p, (size_t)(f.end - f.p));
            break;
        }
        gilt_strbuf_append(ts, &f.out, f.p, (size_t)(pct - f.p));
        f.p = pct + 1;
        ok = conversion(ts, &f) && !f.out.failed;
    }
    gilt_gc_roots_restore(ts, mark);
    if (ok && f.argidx < f.arglen && !f.dict) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "not all arguments converted during %s formatting",
                   bytes ? "bytes" : "string");
        ok = false;
    }
    if (!ok) {
        gilt_strbuf_free(ts, &f.out);
        return VAL_NULL;
    }
    Value r = bytes ? gilt_bytes_new(ts, f.out.data, f.out.size)
                    : gilt_strbuf_finish(ts, &f.out);
    if (bytes)
        gilt_strbuf_free(ts, &f.out);
    return r;
}

Value gilt_str_mod(GiltThread *ts, Value format, Value args) {
    GiltStr *s = AS_STR(format);
    return printf_format(ts, s->data, s->size, args, false);
}

Value gilt_bytes_mod(GiltThread *ts, Value format, Value args) {
    GiltBuffer buf;
    gilt_bytes_buffer(ts, format, &buf);
    if (GILT_IS_SUB(ts, format, GILT_TF_BYTES_SUB))
        return printf_format(ts, buf.data, buf.size, args, true);
    // A bytearray format could be resized by the conversions' Python code:
    // format a private copy.
    char *copy = malloc(buf.size ? buf.size : 1);
    if (!copy)
        return gilt_raise_nomem(ts);
    memcpy(copy, buf.data, buf.size);
    Value r = printf_format(ts, copy, buf.size, args, true);
    free(copy);
    return r;
}
