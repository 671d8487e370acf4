/* str_format.c - str.format, str.format_map, str.__format__, and the
 * f-string helpers (FORMAT_VALUE, BUILD_STRING's join is in
 * str_methods.c).
 *
 * The format-string parser follows CPython's unicode_format.h step by
 * step (MarkupIterator, parse_field, FieldNameIterator) so that the same
 * malformed strings fail with the same messages. All syntax characters
 * are ASCII, so it scans UTF-8 bytes directly. Nested replacement fields
 * in a spec are expanded recursively, two levels deep at most.
 */
#include "../vm/gc.h"
#include "dict.h"
#include "int.h"
#include "float.h"
#include "str_impl.h"
#include "tuple.h"
#include "unicode.h"

// What the fields of one format() call draw on.
typedef struct FormatArgs {
    Value *pos; // positional arguments (NULL for format_map)
    size_t npos;
    Value *kwvals; // keyword values, parallel to kwnames
    GiltTuple *kwnames;
    Value mapping; // format_map's mapping, or VAL_NULL
    int numbering; // 0 unset, 1 automatic, 2 manual
    size_t next_auto;
} FormatArgs;

typedef struct Span {
    const char *p, *end;
} Span;

// One replacement field: {name!conv:spec}.
typedef struct Field {
    Span name;
    uint32_t conv; // 0 when absent
    Span spec;
    bool nested; // the spec holds replacement fields
} Field;

// ---- field values --------------------------------------------------------------------

// Parse a decimal index (Unicode digits too, as CPython): the value, -1
// when [s] is not all digits (or empty), -2 on overflow (raised).
static int64_t get_integer(GiltThread *ts, Span s) {
    if (s.p == s.end)
        return -1;
    int64_t v = 0;
    for (size_t pos = 0; s.p + pos < s.end;) {
        int d = gilt_unicode_decimal(gilt_utf8_decode(s.p, &pos));
        if (d < 0)
            return -1;
        if (v > (INT64_MAX - d) / 10) {
            gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                       "Too many decimal digits in format string");
            return -2;
        }
        v = v * 10 + d;
    }
    return v;
}

static Value keyword_value(GiltThread *ts, FormatArgs *a, Span name) {
    Value key = gilt_str_new(ts, name.p, (size_t)(name.end - name.p));
    if (!key)
        return VAL_NULL;
    if (a->mapping) {
        gilt_gc_push_root(ts, key);
        return gilt_getitem(ts, a->mapping, key);
    }
    size_t n = a->kwnames ? a->kwnames->len : 0;
    for (size_t i = 0; i < n; i++)
        if (gilt_str_eq(AS_STR(a->kwnames->items[i]), AS_STR(key)))
            return a->kwvals[i];
    return gilt_raise_value(ts, GILT_EXC_KEY_ERROR, key);
}

// The object the first part of a field name ("", "0", "name") names.
static Value first_value(GiltThread *ts, FormatArgs *a, Span first) {
    int64_t index = get_integer(ts, first);
    if (index == -2)
        return VAL_NULL;
    if (first.p == first.end) {
        if (a->numbering == 2)
            return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                              "cannot switch from manual field specification "
                              "to automatic field numbering");
        a->numbering = 1;
        index = (int64_t)a->next_auto++;
    } else if (index >= 0) {
        if (a->numbering == 1)
            return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                              "cannot switch from automatic field numbering "
                              "to manual field specification");
        a->numbering = 2;
    } else {
        return keyword_value(ts, a, first);
    }
    if (!a->pos)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                          "Format string contains positional fields");
    if ((uint64_t)index >= a->npos)
        return gilt_raise(ts, GILT_EXC_INDEX_ERROR,
                          "Replacement index %lld out of range for positional "
                          "args tuple",
                          (long long)index);
    return a->pos[index];
}

// Apply one ".attr" or "[key]" accessor starting at *p; advances *p.
static Value accessor(GiltThread *ts, Value obj, const char **p,
                      const char *end) {
    bool attr = **p == '.';
    const char *s = ++*p;
    if (attr) {
        while (*p < end && **p != '.' && **p != '[')
            (*p)++;
    } else {
        while (*p < end && **p != ']')
            (*p)++;
        if (*p == end)
            return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                              "Missing ']' in format string");
    }
    Span name = {s, *p};
    if (name.p == name.end)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                          "Empty attribute in format string");
    if (!attr && ++*p < end && **p != '.' && **p != '[')
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                          "Only '.' or '[' may follow ']' in format field "
                          "specifier");
    size_t n = (size_t)(name.end - name.p);
    if (attr) {
        GiltStr *a = gilt_str_intern_n(ts, name.p, n);
        return a ? gilt_getattr(ts, obj, a) : VAL_NULL;
    }
    int64_t index = get_integer(ts, name);
    if (index == -2)
        return VAL_NULL;
    Value key = index >= 0 ? gilt_int_from_i64(ts, index)
                           : gilt_str_new(ts, name.p, n);
    if (!key)
        return VAL_NULL;
    gilt_gc_push_root(ts, key);
    return gilt_getitem(ts, obj, key);
}

static Value field_value(GiltThread *ts, FormatArgs *a, Span field) {
    const char *p = field.p;
    while (p < field.end && *p != '.' && *p != '[')
        p++;
    Value obj = first_value(ts, a, (Span){field.p, p});
    while (obj && p < field.end) {
        gilt_gc_push_root(ts, obj);
        obj = accessor(ts, obj, &p, field.end);
    }
    return obj;
}

// ---- rendering -------------------------------------------------------------------

static bool render(GiltThread *ts, FormatArgs *a, Span s, int depth,
                   GiltStrBuf *out);

static Value convert(GiltThread *ts, Value v, uint32_t conv) {
    switch (conv) {
    case 0:
        return v;
    case 'r':
        return gilt_repr(ts, v);
    case 's':
        return gilt_str(ts, v);
    case 'a':
        return gilt_ascii(ts, v);
    }
    if (conv > 32 && conv < 127)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                          "Unknown conversion specifier %c", (char)conv);
    return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                      "Unknown conversion specifier \\x%x", conv);
}

// Format one field, its spec expanded first if it holds nested fields.
static bool render_field(GiltThread *ts, FormatArgs *a, const Field *f,
                         int depth, GiltStrBuf *out) {
    size_t mark = gilt_gc_roots_mark(ts);
    Value v = field_value(ts, a, f->name);
    if (v) {
        gilt_gc_push_root(ts, v);
        v = convert(ts, v, f->conv);
    }
    Value specv = VAL_NULL;
    if (v) {
        gilt_gc_push_root(ts, v);
        if (f->nested) {
            GiltStrBuf sb;
            gilt_strbuf_init(&sb);
            specv = render(ts, a, f->spec, depth - 1, &sb)
                        ? gilt_strbuf_finish(ts, &sb)
                        : (gilt_strbuf_free(ts, &sb), VAL_NULL);
        } else {
            specv = gilt_str_new(ts, f->spec.p, (size_t)(f->spec.end - f->spec.p));
        }
    }
    if (specv)
        gilt_gc_push_root(ts, specv);
    Value r = specv ? gilt_str_format_value(ts, v, 0, specv) : VAL_NULL;
    gilt_gc_roots_restore(ts, mark);
    return r && gilt_strbuf_append_str(ts, out, AS_STR(r));
}

static bool field_error(GiltThread *ts, const char *msg) {
    gilt_raise(ts, GILT_EXC_VALUE_ERROR, "%s", msg);
    return false;
}

// The field name, up to ':', '!' or '}' ([...] skipped whole); *c gets
// the character that ended it (0 at the end of the string).
static bool scan_name(GiltThread *ts, const char **pp, const char *end,
                      Field *f, char *c) {
    const char *p = *pp;
    *c = 0;
    while (p < end) {
        *c = *p++;
        if (*c == '[') {
            while (p < end && *p != ']')
                p++;
            continue;
        }
        if (*c == '{')
            return field_error(ts, "unexpected '{' in field name");
        if (*c == '}' || *c == ':' || *c == '!')
            break;
    }
    f->name = (Span){*pp, p - 1};
    *pp = p;
    return true;
}

// The spec after ':', up to the '}' that balances the field's '{'.
static bool scan_spec(GiltThread *ts, const char **pp, const char *end,
                      Field *f) {
    const char *p = *pp;
    f->spec.p = p;
    for (int count = 1; p < end;) {
        char c = *p++;
        if (c == '{') {
            f->nested = true;
            count++;
        } else if (c == '}' && --count == 0) {
            f->spec.end = p - 1;
            *pp = p;
            return true;
        }
    }
    return field_error(ts, "unmatched '{' in format spec");
}

// CPython's parse_field: *pp follows a '{'; on success it is past the
// field's closing '}'.
static bool parse_field(GiltThread *ts, const char **pp, const char *end,
                        Field *f) {
    char c;
    *f = (Field){.spec = {*pp, *pp}};
    if (!scan_name(ts, pp, end, f, &c))
        return false;
    if (c == '}')
        return true;
    if (c != '!' && c != ':')
        return field_error(ts, "expected '}' before end of string");
    if (c == '!') {
        if (*pp >= end)
            return field_error(ts, "end of string while looking for "
                                   "conversion specifier");
        size_t pos = 0;
        f->conv = gilt_utf8_decode(*pp, &pos);
        *pp += pos;
        if (*pp < end) {
            c = *(*pp)++;
            if (c == '}') {
                f->spec = (Span){*pp, *pp};
                return true;
            }
            if (c != ':')
                return field_error(ts,
                                   "expected ':' after conversion specifier");
        }
    }
    return scan_spec(ts, pp, end, f);
}

static bool render(GiltThread *ts, FormatArgs *a, Span s, int depth,
                   GiltStrBuf *out) {
    if (depth <= 0) {
        gilt_raise(ts, GILT_EXC_VALUE_ERROR, "Max string recursion exceeded");
        return false;
    }
    const char *p = s.p;
    while (p < s.end) {
        const char *lit = p;
        while (p < s.end && *p != '{' && *p != '}')
            p++;
        gilt_strbuf_append(ts, out, lit, (size_t)(p - lit));
        if (p == s.end)
            break;
        char c = *p++;
        if (p < s.end && *p == c) { // "{{" or "}}"
            gilt_strbuf_append_char(ts, out, c);
            p++;
            continue;
        }
        if (c == '}' || p == s.end) {
            gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                       "Single '%c' encountered in format string", c);
            return false;
        }
        Field f;
        if (!parse_field(ts, &p, s.end, &f) ||
            !render_field(ts, a, &f, depth, out))
            return false;
    }
    return !out->failed;
}

static Value format_with(GiltThread *ts, GiltStr *fmt, FormatArgs *a) {
    GiltStrBuf out;
    gilt_strbuf_init(&out);
    if (!render(ts, a, (Span){fmt->data, fmt->data + fmt->size}, 2, &out)) {
        gilt_strbuf_free(ts, &out);
        return VAL_NULL;
    }
    return gilt_strbuf_finish(ts, &out);
}

static Value str_format(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    FormatArgs a = {.pos = args + 1, .npos = (size_t)nargs - 1,
                    .kwvals = args + nargs, .kwnames = kw};
    return format_with(ts, AS_STR(args[0]), &a);
}

static Value str_format_map(GiltThread *ts, Value *args, int nargs,
                            GiltTuple *kw) {
    FormatArgs a = {.mapping = args[1]};
    return format_with(ts, AS_STR(args[0]), &a);
}

// ---- __format__ -----------------------------------------------------------------------

typedef struct StrSpec {
    uint32_t fill;
    bool fill_given;
    char align, sign, grouping;
    bool alt, no_neg_zero;
    int64_t width, prec;
    uint32_t type;
} StrSpec;

static bool is_align(uint32_t c) {
    return c == '<' || c == '>' || c == '^' || c == '=';
}

// A run of (Unicode) decimal digits: 0 digits, or -1 on overflow.
static int spec_integer(GiltThread *ts, const char *d, size_t *pos, size_t n,
                        int64_t *out) {
    int count = 0;
    *out = 0;
    while (*pos < n) {
        size_t q = *pos;
        int v = gilt_unicode_decimal(gilt_utf8_decode(d, &q));
        if (v < 0)
            break;
        if (*out > (INT64_MAX - v) / 10) {
            gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                       "Too many decimal digits in format string");
            return -1;
        }
        *out = *out * 10 + v;
        *pos = q;
        count++;
    }
    return count;
}

// [[fill]align] at the start of a spec; returns the bytes used.
static size_t parse_align(const char *d, size_t n, StrSpec *f) {
    size_t q = 0;
    uint32_t c0 = n ? gilt_utf8_decode(d, &q) : 0;
    size_t q1 = q;
    if (q < n && is_align(gilt_utf8_decode(d, &q1))) {
        f->fill = c0;
        f->fill_given = true;
        f->align = d[q];
        return q1;
    }
    if (n && is_align(c0)) {
        f->align = (char)c0;
        return 1;
    }
    return 0;
}

// [grouping][.precision][type] from d[*pos]; false with ValueError.
static bool parse_tail(GiltThread *ts, GiltStr *spec, size_t pos,
                       StrSpec *f) {
    const char *d = spec->data;
    size_t n = spec->size;
    int k;
    if (pos < n && (d[pos] == ',' || d[pos] == '_'))
        f->grouping = d[pos++];
    if (pos < n && (d[pos] == ',' || d[pos] == '_') &&
        (f->grouping == '_' || d[pos] == '_')) {
        gilt_raise(ts, GILT_EXC_VALUE_ERROR, "Cannot specify both ',' and '_'.");
        return false;
    }
    if (pos < n && d[pos] == '.') {
        pos++;
        if ((k = spec_integer(ts, d, &pos, n, &f->prec)) <= 0) {
            if (k == 0)
                gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                           "Format specifier missing precision");
            return false;
        }
    }
    if (pos < n) {
        f->type = gilt_utf8_decode(d, &pos);
        if (pos < n) {
            gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                       "Invalid format specifier '%U' for object of type "
                       "'str'",
                       spec);
            return false;
        }
    }
    return true;
}

// CPython's parse_internal_render_format_spec for a str.
static bool parse_str_spec(GiltThread *ts, GiltStr *spec, StrSpec *f) {
    const char *d = spec->data;
    size_t n = spec->size;
    *f = (StrSpec){.fill = ' ', .width = -1, .prec = -1, .type = 's'};
    size_t pos = parse_align(d, n, f);
    if (pos < n && (d[pos] == '+' || d[pos] == '-' || d[pos] == ' '))
        f->sign = d[pos++];
    if (pos < n && d[pos] == 'z')
        f->no_neg_zero = true, pos++;
    if (pos < n && d[pos] == '#')
        f->alt = true, pos++;
    if (!f->fill_given && pos < n && d[pos] == '0')
        f->fill = '0', pos++;
    int k = spec_integer(ts, d, &pos, n, &f->width);
    if (k < 0)
        return false;
    if (k == 0)
        f->width = -1;
    return parse_tail(ts, spec, pos, f);
}

static bool check_str_spec(GiltThread *ts, const StrSpec *f) {
    const char *msg = NULL;
    // The parser's grouping check, which comes before the type check.
    bool ascii_type = f->type && f->type < 128;
    if (f->grouping && !(ascii_type && strchr("defgEG%F", (int)f->type)) &&
        !(f->grouping == '_' && ascii_type && strchr("boxX", (int)f->type))) {
        if (f->type > 32 && f->type < 128)
            gilt_raise(ts, GILT_EXC_VALUE_ERROR, "Cannot specify '%c' with '%c'.",
                       f->grouping, (char)f->type);
        else
            gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                       "Cannot specify '%c' with '\\x%x'.", f->grouping,
                       f->type);
        return false;
    }
    if (f->type != 's') {
        if (f->type > 32 && f->type < 128)
            gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                       "Unknown format code '%c' for object of type 'str'",
                       (char)f->type);
        else
            gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                       "Unknown format code '\\x%x' for object of type 'str'",
                       f->type);
        return false;
    }
    if (f->sign)
        msg = f->sign == ' ' ? "Space not allowed in string format specifier"
                             : "Sign not allowed in string format specifier";
    else if (f->no_neg_zero)
        msg = "Negative zero coercion (z) not allowed in string format "
              "specifier";
    else if (f->alt)
        msg = "Alternate form (#) not allowed in string format specifier";
    else if (f->align == '=')
        msg = "'=' alignment not allowed in string format specifier";
    if (msg)
        gilt_raise(ts, GILT_EXC_VALUE_ERROR, "%s", msg);
    return !msg;
}

static Value str_format_spec(GiltThread *ts, Value self, GiltStr *spec) {
    if (spec->size == 0) {
        // format(s, '') is str(s): a subclass's __str__ counts.
        Value r = GILT_IS(ts, self, STR) ? self : gilt_str(ts, self);
        return r ? gilt_str_exact(ts, r) : VAL_NULL;
    }
    StrSpec f;
    if (!parse_str_spec(ts, spec, &f) || !check_str_spec(ts, &f))
        return VAL_NULL;
    GiltStr *s = AS_STR(self);
    size_t len = s->len, size = s->size;
    if (f.prec >= 0 && (uint64_t)f.prec < len) {
        len = (size_t)f.prec;
        size = gilt_utf8_skip(s->data, s->size, len);
    }
    size_t pad = f.width > 0 && (uint64_t)f.width > len ? (size_t)f.width - len
                                                        : 0;
    size_t left = f.align == '>' ? pad : f.align == '^' ? pad / 2 : 0;
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    for (size_t i = 0; i < left; i++)
        gilt_strbuf_append_codepoint(ts, &b, f.fill);
    gilt_strbuf_append(ts, &b, s->data, size);
    for (size_t i = left; i < pad; i++)
        gilt_strbuf_append_codepoint(ts, &b, f.fill);
    return gilt_strbuf_finish(ts, &b);
}

static Value str_format_m(GiltThread *ts, Value *args, int nargs,
                          GiltTuple *kw) {
    if (!GILT_IS_SUB(ts, args[1], GILT_TF_STR_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "__format__() argument must be str, not %s",
                          gilt_str_arg_type(ts, args[1]));
    return str_format_spec(ts, args[0], AS_STR(args[1]));
}

Value gilt_str_format_value(GiltThread *ts, Value v, int conversion,
                            Value spec) {
    if (conversion) {
        v = convert(ts, v, (uint32_t)conversion);
        if (!v)
            return VAL_NULL;
    }
    bool empty = !spec || AS_STR(spec)->size == 0;
    if (empty && GILT_IS(ts, v, STR))
        return v;
    if (empty && IS_INT(v))
        return gilt_int_to_str(ts, v);
    if (GILT_IS(ts, v, STR))
        return str_format_spec(ts, v, AS_STR(spec));
    if (!spec)
        spec = ts->vm->empty_str;
    if (conversion)
        gilt_gc_push_root(ts, v);
    Value r = gilt_format(ts, v, spec);
    if (conversion)
        gilt_gc_pop_root(ts);
    return r;
}

const GiltMethodDef gilt_str_format_methods[] = {
    {"format", str_format, 0, -1, GILT_M_KW},
    {"format_map", str_format_map, 1, 1, 0},
    {"__format__", str_format_m, 1, 1, 0},
    {NULL}};
