/* bytes_text.c - The methods bytes and bytearray share that treat their
 * content as ASCII text (case conversion, the is*() predicates), or
 * convert it: translate, maketrans, decode, hex, fromhex, and %.
 */
#include "../vm/gc.h"
#include "bytes_impl.h"
#include "codecs.h"
#include "str_impl.h"
#include "type.h"

static GiltBuffer view(GiltThread *ts, Value self) {
    GiltBuffer b;
    gilt_bytes_buffer(ts, self, &b);
    return b;
}

static bool is_upper(unsigned char c) {
    return c >= 'A' && c <= 'Z';
}
static bool is_lower(unsigned char c) {
    return c >= 'a' && c <= 'z';
}
static bool is_digit(unsigned char c) {
    return c >= '0' && c <= '9';
}
static bool is_alpha(unsigned char c) {
    return is_upper(c) || is_lower(c);
}
static bool is_alnum(unsigned char c) {
    return is_alpha(c) || is_digit(c);
}
static bool is_space(unsigned char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}
static bool is_ascii(unsigned char c) {
    return c < 0x80;
}

// ---- case conversion ------------------------------------------------------------------

enum { B_LOWER, B_UPPER, B_SWAP, B_CAPITALIZE, B_TITLE };

static char map_byte(int mode, unsigned char c, size_t i, bool *prev_cased) {
    bool up;
    switch (mode) {
    case B_LOWER:
        up = false;
        break;
    case B_UPPER:
        up = true;
        break;
    case B_SWAP:
        up = is_lower(c);
        break;
    case B_CAPITALIZE:
        up = i == 0;
        break;
    default:
        up = !*prev_cased;
        *prev_cased = is_alpha(c);
    }
    if (up && is_lower(c))
        return (char)(c - 32);
    if (!up && is_upper(c))
        return (char)(c + 32);
    return (char)c;
}

static Value case_convert(GiltThread *ts, Value self, int mode) {
    GiltBuffer s = view(ts, self);
    Value r = gilt_bytes_make_like(ts, self, s.data, s.size);
    if (!r)
        return VAL_NULL;
    GiltBuffer out = view(ts, r);
    char *d = (char *)out.data;
    bool prev = false;
    for (size_t i = 0; i < out.size; i++)
        d[i] = map_byte(mode, (unsigned char)d[i], i, &prev);
    if (GILT_IS(ts, r, BYTES))
        AS_BYTES(r)->hash = -1;
    return r;
}

#define CASE_METHOD(fname, mode)                                               \
    static Value fname(GiltThread *ts, Value *args, int nargs,                 \
                       GiltTuple *kw) {                                        \
        return case_convert(ts, args[0], mode);                                \
    }
CASE_METHOD(b_lower, B_LOWER)
CASE_METHOD(b_upper, B_UPPER)
CASE_METHOD(b_swapcase, B_SWAP)
CASE_METHOD(b_capitalize, B_CAPITALIZE)
CASE_METHOD(b_title, B_TITLE)

// ---- predicates ------------------------------------------------------------------------

static Value all_of(GiltThread *ts, Value self, bool (*pred)(unsigned char),
                    bool empty) {
    GiltBuffer s = view(ts, self);
    if (s.size == 0)
        return BOOL_VAL(empty);
    for (size_t i = 0; i < s.size; i++)
        if (!pred((unsigned char)s.data[i]))
            return VAL_FALSE;
    return VAL_TRUE;
}

#define PRED_METHOD(fname, pred, empty)                                        \
    static Value fname(GiltThread *ts, Value *args, int nargs,                 \
                       GiltTuple *kw) {                                        \
        return all_of(ts, args[0], pred, empty);                               \
    }
PRED_METHOD(b_isalnum, is_alnum, false)
PRED_METHOD(b_isalpha, is_alpha, false)
PRED_METHOD(b_isdigit, is_digit, false)
PRED_METHOD(b_isspace, is_space, false)
PRED_METHOD(b_isascii, is_ascii, true)

static Value cased_as(GiltThread *ts, Value self, bool lower) {
    GiltBuffer s = view(ts, self);
    bool cased = false;
    for (size_t i = 0; i < s.size; i++) {
        unsigned char c = (unsigned char)s.data[i];
        if (lower ? is_upper(c) : is_lower(c))
            return VAL_FALSE;
        cased |= lower ? is_lower(c) : is_upper(c);
    }
    return BOOL_VAL(cased);
}

static Value b_islower(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return cased_as(ts, args[0], true);
}
static Value b_isupper(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return cased_as(ts, args[0], false);
}

static Value b_istitle(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltBuffer s = view(ts, args[0]);
    bool cased = false, prev = false;
    for (size_t i = 0; i < s.size; i++) {
        unsigned char c = (unsigned char)s.data[i];
        if (is_upper(c) || is_lower(c)) {
            if (prev == is_upper(c))
                return VAL_FALSE;
            prev = cased = true;
        } else {
            prev = false;
        }
    }
    return BOOL_VAL(cased);
}

// ---- translate, maketrans ------------------------------------------------------------------

static Value b_translate(GiltThread *ts, Value *args, int nargs,
                         GiltTuple *kw) {
    static const char *const names[] = {"table", "/delete", NULL};
    Value a[2];
    if (gilt_parse_args(ts, "translate", args + 1, nargs - 1, kw, names, 1,
                        a) < 0)
        return VAL_NULL;
    GiltBuffer table = {NULL, 0}, del = {"", 0};
    if (a[0] != VAL_NONE) {
        if (!gilt_bytes_buf_arg(ts, a[0], &table))
            return VAL_NULL;
        if (table.size != 256)
            return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                              "translation table must be 256 characters long");
    }
    if (a[1] && !gilt_bytes_buf_arg(ts, a[1], &del))
        return VAL_NULL;
    bool drop[256] = {false};
    for (size_t i = 0; i < del.size; i++)
        drop[(unsigned char)del.data[i]] = true;
    GiltBuffer s = view(ts, args[0]);
    if (!table.data && !del.size)
        return gilt_bytes_unchanged(ts, args[0]);
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    for (size_t i = 0; i < s.size; i++) {
        unsigned char c = (unsigned char)s.data[i];
        if (!drop[c])
            gilt_strbuf_append_char(ts, &b, table.data ? table.data[c] : (char)c);
    }
    Value r = b.failed ? VAL_NULL
                       : gilt_bytes_make_like(ts, args[0], b.data, b.size);
    gilt_strbuf_free(ts, &b);
    return r;
}

static Value b_maketrans(GiltThread *ts, Value *args, int nargs,
                         GiltTuple *kw) {
    GiltBuffer from, to;
    if (!gilt_bytes_buf_arg(ts, args[0], &from) ||
        !gilt_bytes_buf_arg(ts, args[1], &to))
        return VAL_NULL;
    if (from.size != to.size)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                          "maketrans arguments must have same length");
    GiltBytes *r = gilt_bytes_alloc(ts, 256);
    if (!r)
        return VAL_NULL;
    for (int i = 0; i < 256; i++)
        r->data[i] = (char)i;
    for (size_t i = 0; i < from.size; i++)
        r->data[(unsigned char)from.data[i]] = to.data[i];
    return OBJ_VAL(r);
}

// ---- decode, hex, fromhex ---------------------------------------------------------------

static Value b_decode(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    static const char *const names[] = {"encoding", "errors", NULL};
    Value a[2];
    if (gilt_parse_args(ts, "decode", args + 1, nargs - 1, kw, names, 0, a) < 0)
        return VAL_NULL;
    for (int i = 0; i < 2; i++)
        if (a[i] && !GILT_IS_SUB(ts, a[i], GILT_TF_STR_SUB))
            return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                              "decode() argument '%s' must be str, not %s",
                              names[i], gilt_str_arg_type(ts, a[i]));
    GiltBuffer s = view(ts, args[0]);
    return gilt_codec_decode(ts, s.data, s.size,
                             a[0] ? AS_STR(a[0])->data : NULL,
                             a[1] ? AS_STR(a[1])->data : NULL);
}

// hex(sep, bytes_per_sep): groups of |bytes_per_sep| bytes, counted from
// the right when positive, from the left when negative.
static Value b_hex(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    static const char *const names[] = {"sep", "bytes_per_sep", NULL};
    Value a[2];
    int64_t per = 1;
    if (gilt_parse_args(ts, "hex", args + 1, nargs - 1, kw, names, 0, a) < 0 ||
        (a[1] && gilt_str_int_arg(ts, a[1], false, &per) < 0))
        return VAL_NULL;
    char sep = 0;
    if (a[0]) {
        GiltBuffer sb;
        bool text = GILT_IS_SUB(ts, a[0], GILT_TF_STR_SUB);
        if (!text && !gilt_bytes_buffer(ts, a[0], &sb))
            return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                              "object of type '%T' has no len()", a[0]);
        size_t n = text ? AS_STR(a[0])->len : sb.size;
        if (n != 1)
            return gilt_raise(ts, GILT_EXC_VALUE_ERROR, "sep must be length 1.");
        sep = text ? AS_STR(a[0])->data[0] : sb.data[0];
        if ((unsigned char)sep >= 0x80)
            return gilt_raise(ts, GILT_EXC_VALUE_ERROR, "sep must be ASCII.");
    }
    GiltBuffer s = view(ts, args[0]);
    static const char digits[] = "0123456789abcdef";
    size_t group = per < 0 ? (size_t)-per : (size_t)per;
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    for (size_t i = 0; i < s.size; i++) {
        // A separator goes before byte i when a group boundary falls there.
        size_t before = per < 0 ? i : s.size - i;
        if (sep && group && i && before % group == 0)
            gilt_strbuf_append_char(ts, &b, sep);
        unsigned char c = (unsigned char)s.data[i];
        char two[2] = {digits[c >> 4], digits[c & 15]};
        gilt_strbuf_append(ts, &b, two, 2);
    }
    return gilt_strbuf_finish(ts, &b);
}

static int hex_digit(unsigned char c) {
    return c >= '0' && c <= '9'   ? c - '0'
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                  : -1;
}

static Value b_fromhex(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    Value cls = args[0], arg = args[1];
    if (!GILT_IS_SUB(ts, arg, GILT_TF_STR_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "fromhex() argument must be str, not %s",
                          gilt_str_arg_type(ts, arg));
    GiltStr *s = AS_STR(arg);
    const unsigned char *d = (const unsigned char *)s->data;
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    size_t i = 0;
    while (i < s->size) {
        if (is_space(d[i])) {
            i++;
            continue;
        }
        int hi = hex_digit(d[i]), lo = hi < 0 ? -1 : hex_digit(d[i + 1]);
        if (lo < 0) {
            size_t bad = hi < 0 ? i : i + 1;
            gilt_strbuf_free(ts, &b);
            return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                              "non-hexadecimal number found in fromhex() arg "
                              "at position %zu",
                              gilt_utf8_count(s->data, bad));
        }
        gilt_strbuf_append_char(ts, &b, (char)(hi << 4 | lo));
        i += 2;
    }
    Value r = b.failed ? VAL_NULL : gilt_bytes_new(ts, b.data, b.size);
    gilt_strbuf_free(ts, &b);
    if (!r || cls == OBJ_VAL(GILT_TYPE(ts, BYTES)))
        return r;
    if (cls == OBJ_VAL(GILT_TYPE(ts, BYTEARRAY)))
        return gilt_bytearray_new(ts, AS_BYTES(r)->data, AS_BYTES(r)->size);
    gilt_gc_push_root(ts, r);
    Value v = gilt_call1(ts, cls, r);
    gilt_gc_pop_root(ts);
    return v;
}

// ---- % ---------------------------------------------------------------------------------

static Value b_mod(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    Value r = gilt_bytes_mod(ts, args[0], args[1]);
    if (!r || GILT_IS_SUB(ts, args[0], GILT_TF_BYTES_SUB))
        return r;
    return gilt_bytearray_new(ts, AS_BYTES(r)->data, AS_BYTES(r)->size);
}

static Value b_rmod(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return VAL_NOTIMPL;
}

const GiltMethodDef gilt_bytes_text_methods[] = {
    {"lower", b_lower, 0, 0, 0},
    {"upper", b_upper, 0, 0, 0},
    {"swapcase", b_swapcase, 0, 0, 0},
    {"capitalize", b_capitalize, 0, 0, 0},
    {"title", b_title, 0, 0, 0},
    {"isalnum", b_isalnum, 0, 0, 0},
    {"isalpha", b_isalpha, 0, 0, 0},
    {"isascii", b_isascii, 0, 0, 0},
    {"isdigit", b_isdigit, 0, 0, 0},
    {"islower", b_islower, 0, 0, 0},
    {"isspace", b_isspace, 0, 0, 0},
    {"istitle", b_istitle, 0, 0, 0},
    {"isupper", b_isupper, 0, 0, 0},
    {"translate", b_translate, 1, 2, GILT_M_KW},
    {"maketrans", b_maketrans, 2, 2, GILT_M_STATIC},
    {"decode", b_decode, 0, -1, GILT_M_KW},
    {"hex", b_hex, 0, -1, GILT_M_KW},
    {"fromhex", b_fromhex, 1, 1, GILT_M_CLASS},
    {"__mod__", b_mod, 1, 1, 0},
    {"__rmod__", b_rmod, 1, 1, 0},
    {NULL}};
