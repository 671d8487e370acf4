/* str_case.c - Case conversion (lower, upper, casefold, capitalize,
 * swapcase, title) and the character-class predicates (isalpha, isdigit,
 * islower, istitle, isidentifier, ...), following CPython's definitions
 * in unicodeobject.c: full case mappings (one code point may become up
 * to three) and the final-sigma rule for lowercasing U+03A3.
 *
 * ASCII strs take byte loops into a result of the same size; others
 * decode, map and re-encode through a GiltStrBuf.
 */
#include "../vm/state.h"
#include "str_impl.h"
#include "unicode.h"

// Byte offset of the code point before [off].
static size_t prev_cp(const char *d, size_t off) {
    do
        off--;
    while (off > 0 && ((unsigned char)d[off] & 0xC0) == 0x80);
    return off;
}

// U+03A3 at byte [off] (ending at [end]) lowercases to final sigma when a
// cased letter precedes it and none follows, ignoring case-ignorable
// code points on both sides.
static bool final_sigma(GiltStr *s, size_t off, size_t end) {
    const char *d = s->data;
    uint32_t c = 0;
    size_t p = off;
    bool found = false;
    while (p > 0) {
        p = prev_cp(d, p);
        size_t q = p;
        c = gilt_utf8_decode(d, &q);
        if (!gilt_unicode_iscaseignorable(c)) {
            found = true;
            break;
        }
    }
    if (!found || !gilt_unicode_iscased(c))
        return false;
    for (size_t q = end; q < s->size;) {
        c = gilt_utf8_decode(d, &q);
        if (!gilt_unicode_iscaseignorable(c))
            return !gilt_unicode_iscased(c);
    }
    return true;
}

enum { MAP_LOWER, MAP_UPPER, MAP_TITLE, MAP_FOLD };

// Full mappings memoised for one call: text repeats its characters, and a
// memo hit skips the table searches.
typedef struct CaseMemo {
    uint32_t key; // (cp << 2 | kind) + 1; 0 = empty
    int n;
    uint32_t out[3];
} CaseMemo;

#define MEMO_SIZE 64

static int memo_map(CaseMemo *memo, int kind, uint32_t c, uint32_t *out) {
    uint32_t key = (c << 2 | (uint32_t)kind) + 1;
    CaseMemo *m = &memo[(c ^ (c >> 6)) & (MEMO_SIZE - 1)];
    if (m->key != key) {
        m->key = key;
        m->n = kind == MAP_LOWER   ? gilt_unicode_lower_full(c, m->out)
               : kind == MAP_UPPER ? gilt_unicode_upper_full(c, m->out)
               : kind == MAP_TITLE ? gilt_unicode_title_full(c, m->out)
                                   : gilt_unicode_casefold_full(c, m->out);
    }
    memcpy(out, m->out, sizeof m->out);
    return m->n;
}

static int lower_at(GiltStr *s, CaseMemo *memo, uint32_t c, size_t off,
                    size_t end, uint32_t *out) {
    if (c == 0x3A3) {
        out[0] = final_sigma(s, off, end) ? 0x3C2 : 0x3C3;
        return 1;
    }
    return memo_map(memo, MAP_LOWER, c, out);
}

enum { CASE_LOWER, CASE_UPPER, CASE_FOLD, CASE_CAPITALIZE, CASE_SWAP,
       CASE_TITLE };

// The full mapping of the code point [c] at bytes [off, end) for [mode];
// [*state] carries "previous is cased" (title).
static int map_cp(GiltStr *s, CaseMemo *memo, int mode, uint32_t c,
                  size_t off, size_t end, bool *state, uint32_t *out) {
    switch (mode) {
    case CASE_LOWER:
        return lower_at(s, memo, c, off, end, out);
    case CASE_UPPER:
        return memo_map(memo, MAP_UPPER, c, out);
    case CASE_FOLD:
        return memo_map(memo, MAP_FOLD, c, out);
    case CASE_CAPITALIZE:
        if (off == 0)
            return memo_map(memo, MAP_TITLE, c, out);
        return lower_at(s, memo, c, off, end, out);
    case CASE_SWAP:
        if (gilt_unicode_isupper(c))
            return lower_at(s, memo, c, off, end, out);
        if (gilt_unicode_islower(c))
            return memo_map(memo, MAP_UPPER, c, out);
        out[0] = c;
        return 1;
    default: {
        int n = *state ? lower_at(s, memo, c, off, end, out)
                       : memo_map(memo, MAP_TITLE, c, out);
        *state = gilt_unicode_iscased(c);
        return n;
    }
    }
}

static char ascii_map(int mode, char c, size_t i, bool *prev_cased) {
    bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
    bool to_upper;
    switch (mode) {
    case CASE_LOWER:
    case CASE_FOLD:
        to_upper = false;
        break;
    case CASE_UPPER:
        to_upper = true;
        break;
    case CASE_CAPITALIZE:
        to_upper = i == 0;
        break;
    case CASE_SWAP:
        to_upper = low;
        break;
    default:
        to_upper = !*prev_cased;
        *prev_cased = up || low;
    }
    if (to_upper && low)
        return (char)(c - 32);
    if (!to_upper && up)
        return (char)(c + 32);
    return c;
}

static Value case_ascii(GiltThread *ts, GiltStr *s, int mode) {
    GiltStr *r = gilt_str_alloc(ts, s->size);
    if (!r)
        return VAL_NULL;
    bool state = false;
    const char *d = s->data;
    if (mode == CASE_LOWER || mode == CASE_FOLD)
        for (size_t i = 0; i < s->size; i++)
            r->data[i] = d[i] >= 'A' && d[i] <= 'Z' ? (char)(d[i] + 32) : d[i];
    else if (mode == CASE_UPPER)
        for (size_t i = 0; i < s->size; i++)
            r->data[i] = d[i] >= 'a' && d[i] <= 'z' ? (char)(d[i] - 32) : d[i];
    else
        for (size_t i = 0; i < s->size; i++)
            r->data[i] = ascii_map(mode, d[i], i, &state);
    r->data[s->size] = 0;
    r->len = s->size;
    r->ascii = true;
    return OBJ_VAL(r);
}

static Value case_convert(GiltThread *ts, Value self, int mode) {
    GiltStr *s = AS_STR(self);
    if (s->ascii)
        return case_ascii(ts, s, mode);
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    bool state = false;
    size_t len = 0;
    CaseMemo memo[MEMO_SIZE] = {{0}};
    // Each code point maps to at most 3, of at most 4 bytes each.
    for (size_t pos = 0; pos < s->size;) {
        if (b.cap - b.size < 12 && !gilt_strbuf_reserve(ts, &b, 12))
            break;
        unsigned char c0 = (unsigned char)s->data[pos];
        if (c0 < 0x80) { // ASCII needs no tables, and maps to one byte
            b.data[b.size++] = ascii_map(mode, (char)c0, pos, &state);
            pos++;
            len++;
            continue;
        }
        size_t off = pos;
        uint32_t c = gilt_utf8_decode(s->data, &pos), out[3];
        int n = map_cp(s, memo, mode, c, off, pos, &state, out);
        for (int i = 0; i < n; i++)
            b.size += (size_t)gilt_utf8_encode(out[i], b.data + b.size);
        len += (size_t)n;
    }
    if (b.failed)
        return gilt_strbuf_finish(ts, &b);
    Value r = gilt_str_new_known(ts, b.data, b.size, len, len == b.size);
    gilt_strbuf_free(ts, &b);
    return r;
}

#define CASE_METHOD(fname, mode)                                               \
    static Value fname(GiltThread *ts, Value *args, int nargs,                 \
                       GiltTuple *kw) {                                        \
        return case_convert(ts, args[0], mode);                                \
    }
CASE_METHOD(str_lower, CASE_LOWER)
CASE_METHOD(str_upper, CASE_UPPER)
CASE_METHOD(str_casefold, CASE_FOLD)
CASE_METHOD(str_capitalize, CASE_CAPITALIZE)
CASE_METHOD(str_swapcase, CASE_SWAP)
CASE_METHOD(str_title, CASE_TITLE)

// ---- predicates ----------------------------------------------------------------------

// Every code point has a property of [mask]; [empty] is the answer for "".
static Value all_of(Value self, unsigned mask, bool empty) {
    GiltStr *s = AS_STR(self);
    if (s->size == 0)
        return BOOL_VAL(empty);
    const char *d = s->data;
    if (s->ascii) {
        for (size_t i = 0; i < s->size; i++)
            if (!(gilt_unicode_props((unsigned char)d[i]) & mask))
                return VAL_FALSE;
        return VAL_TRUE;
    }
    GiltUniCache cache = GILT_UNI_CACHE_INIT;
    for (size_t pos = 0; pos < s->size;)
        if (!(gilt_unicode_props_cached(&cache, gilt_utf8_decode(d, &pos)) &
              mask))
            return VAL_FALSE;
    return VAL_TRUE;
}

#define PRED_METHOD(fname, mask, empty)                                        \
    static Value fname(GiltThread *ts, Value *args, int nargs,                 \
                       GiltTuple *kw) {                                        \
        return all_of(args[0], mask, empty);                                   \
    }
PRED_METHOD(str_isalnum, GILT_UNI_ALPHA | GILT_UNI_DECIMAL | GILT_UNI_DIGIT |
                             GILT_UNI_NUMERIC,
            false)
PRED_METHOD(str_isalpha, GILT_UNI_ALPHA, false)
PRED_METHOD(str_isdecimal, GILT_UNI_DECIMAL, false)
PRED_METHOD(str_isdigit, GILT_UNI_DIGIT, false)
PRED_METHOD(str_isnumeric, GILT_UNI_NUMERIC, false)
PRED_METHOD(str_isspace, GILT_UNI_SPACE, false)
PRED_METHOD(str_isprintable, GILT_UNI_PRINTABLE, true)

static Value str_isascii(GiltThread *ts, Value *args, int nargs,
                         GiltTuple *kw) {
    return BOOL_VAL(AS_STR(args[0])->ascii);
}

// islower / isupper: some cased code point, and none of the other case
// (titlecase counts as upper for both).
static Value cased_as(Value self, bool lower) {
    GiltStr *s = AS_STR(self);
    GiltUniCache cache = GILT_UNI_CACHE_INIT;
    unsigned want = lower ? GILT_UNI_LOWER : GILT_UNI_UPPER;
    unsigned bad = GILT_UNI_TITLE | (lower ? GILT_UNI_UPPER : GILT_UNI_LOWER);
    bool cased = false;
    for (size_t pos = 0; pos < s->size;) {
        unsigned p = gilt_unicode_props_cached(&cache,
                                               gilt_utf8_decode(s->data, &pos));
        if (p & bad)
            return VAL_FALSE;
        cased |= (p & want) != 0;
    }
    return BOOL_VAL(cased);
}

static Value str_islower(GiltThread *ts, Value *args, int nargs,
                         GiltTuple *kw) {
    return cased_as(args[0], true);
}
static Value str_isupper(GiltThread *ts, Value *args, int nargs,
                         GiltTuple *kw) {
    return cased_as(args[0], false);
}

static Value str_istitle(GiltThread *ts, Value *args, int nargs,
                         GiltTuple *kw) {
    GiltStr *s = AS_STR(args[0]);
    GiltUniCache cache = GILT_UNI_CACHE_INIT;
    bool cased = false, prev_cased = false;
    for (size_t pos = 0; pos < s->size;) {
        unsigned p = gilt_unicode_props_cached(&cache,
                                               gilt_utf8_decode(s->data, &pos));
        if (p & (GILT_UNI_UPPER | GILT_UNI_TITLE)) {
            if (prev_cased)
                return VAL_FALSE;
            prev_cased = cased = true;
        } else if (p & GILT_UNI_LOWER) {
            if (!prev_cased)
                return VAL_FALSE;
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return BOOL_VAL(cased);
}

static Value str_isidentifier(GiltThread *ts, Value *args, int nargs,
                              GiltTuple *kw) {
    GiltStr *s = AS_STR(args[0]);
    if (s->size == 0)
        return VAL_FALSE;
    size_t pos = 0;
    if (!gilt_unicode_isidstart(gilt_utf8_decode(s->data, &pos)))
        return VAL_FALSE;
    while (pos < s->size)
        if (!gilt_unicode_isidcontinue(gilt_utf8_decode(s->data, &pos)))
            return VAL_FALSE;
    return VAL_TRUE;
}

const GiltMethodDef gilt_str_case_methods[] = {
    {"lower", str_lower, 0, 0, 0},
    {"upper", str_upper, 0, 0, 0},
    {"casefold", str_casefold, 0, 0, 0},
    {"capitalize", str_capitalize, 0, 0, 0},
    {"swapcase", str_swapcase, 0, 0, 0},
    {"title", str_title, 0, 0, 0},
    {"isalnum", str_isalnum, 0, 0, 0},
    {"isalpha", str_isalpha, 0, 0, 0},
    {"isascii", str_isascii, 0, 0, 0},
    {"isdecimal", str_isdecimal, 0, 0, 0},
    {"isdigit", str_isdigit, 0, 0, 0},
    {"isidentifier", str_isidentifier, 0, 0, 0},
    {"islower", str_islower, 0, 0, 0},
    {"isnumeric", str_isnumeric, 0, 0, 0},
    {"isprintable", str_isprintable, 0, 0, 0},
    {"isspace", str_isspace, 0, 0, 0},
    {"istitle", str_istitle, 0, 0, 0},
    {"isupper", str_isupper, 0, 0, 0},
    {NULL}};
