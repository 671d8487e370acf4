/* str_split.c - Splitting and stripping: split, rsplit, splitlines,
 * strip, lstrip, rstrip.
 *
 * All walk the UTF-8 bytes once. ASCII strs take byte loops; others
 * decode code points as they go (whitespace and line breaks include
 * non-ASCII characters). As in CPython, an exact str that is not split
 * or stripped at all is returned itself.
 */
#include "../vm/state.h"
#include "list.h"
#include "str_impl.h"
#include "stringlib.h"
#include "unicode.h"

GILT_INLINE bool ascii_space(unsigned char c) {
    return (c >= 9 && c <= 13) || (c >= 28 && c <= 32);
}

// The code point at byte [*pos] is whitespace; advances *pos past it.
GILT_INLINE bool space_at(const char *d, size_t *pos) {
    unsigned char c = (unsigned char)d[*pos];
    if (c < 0x80) {
        (*pos)++;
        return ascii_space(c);
    }
    return gilt_unicode_isspace(gilt_utf8_decode(d, pos));
}

// Byte offset of the code point before [off].
static size_t prev_cp(const char *d, size_t off) {
    do
        off--;
    while (off > 0 && ((unsigned char)d[off] & 0xC0) == 0x80);
    return off;
}

// Append s[a:z] (byte offsets) to [l]; -1 on MemoryError.
static int add_piece(GiltThread *ts, GiltList *l, GiltStr *s, size_t a,
                     size_t z) {
    Value v = s->ascii ? gilt_str_new_known(ts, s->data + a, z - a, z - a, true)
                       : gilt_str_new(ts, s->data + a, z - a);
    return v ? gilt_list_append(ts, l, v) : -1;
}

static Value whole(GiltThread *ts, GiltList *l, Value self) {
    Value v = gilt_str_exact(ts, self);
    if (!v || gilt_list_append(ts, l, v) < 0)
        return VAL_NULL;
    return OBJ_VAL(l);
}

// ---- split --------------------------------------------------------------------------

static Value split_ws(GiltThread *ts, Value self, int64_t max) {
    GiltStr *s = AS_STR(self);
    const char *d = s->data;
    size_t n = s->size, i = 0;
    GiltList *l = gilt_list_new(ts, 0);
    if (!l)
        return VAL_NULL;
    while (max-- > 0) {
        size_t j = i;
        while (i < n && space_at(d, &j))
            i = j;
        if (i == n)
            return OBJ_VAL(l);
        j = i;
        size_t k = i;
        while (k < n) {
            size_t next = k;
            if (space_at(d, &next))
                break;
            k = next;
        }
        if (j == 0 && k == n && l->len == 0)
            return whole(ts, l, self);
        if (add_piece(ts, l, s, j, k) < 0)
            return VAL_NULL;
        i = k;
    }
    // maxsplit reached: the rest, without its leading whitespace.
    for (size_t j = i; i < n && space_at(d, &j);)
        i = j;
    if (i < n && add_piece(ts, l, s, i, n) < 0)
        return VAL_NULL;
    return OBJ_VAL(l);
}

static Value split_sep(GiltThread *ts, Value self, GiltStr *sep, int64_t max) {
    GiltStr *s = AS_STR(self);
    GiltList *l = gilt_list_new(ts, 0);
    if (!l)
        return VAL_NULL;
    size_t i = 0;
    while (max-- > 0) {
        int64_t pos = gilt_stringlib_find(s->data + i, s->size - i, sep->data,
                                          sep->size);
        if (pos < 0)
            break;
        if (add_piece(ts, l, s, i, i + (size_t)pos) < 0)
            return VAL_NULL;
        i += (size_t)pos + sep->size;
    }
    if (l->len == 0)
        return whole(ts, l, self);
    return add_piece(ts, l, s, i, s->size) < 0 ? VAL_NULL : OBJ_VAL(l);
}

static void reverse(GiltList *l) {
    for (size_t a = 0, z = l->len; a + 1 < z; a++, z--) {
        Value t = l->items[a];
        l->items[a] = l->items[z - 1];
        l->items[z - 1] = t;
    }
}

static Value rsplit_ws(GiltThread *ts, Value self, int64_t max) {
    GiltStr *s = AS_STR(self);
    const char *d = s->data;
    size_t i = s->size, p;
    GiltList *l = gilt_list_new(ts, 0);
    if (!l)
        return VAL_NULL;
    while (max-- > 0) {
        while (i > 0 && (p = prev_cp(d, i), space_at(d, &p)))
            i = prev_cp(d, i);
        if (i == 0)
            break;
        size_t k = i;
        while (k > 0 && (p = prev_cp(d, k), !space_at(d, &p)))
            k = prev_cp(d, k);
        if (k == 0 && i == s->size && l->len == 0)
            return whole(ts, l, self);
        if (add_piece(ts, l, s, k, i) < 0)
            return VAL_NULL;
        i = k;
    }
    while (i > 0 && (p = prev_cp(d, i), space_at(d, &p)))
        i = prev_cp(d, i);
    if (i > 0 && add_piece(ts, l, s, 0, i) < 0)
        return VAL_NULL;
    reverse(l);
    return OBJ_VAL(l);
}

static Value rsplit_sep(GiltThread *ts, Value self, GiltStr *sep,
                        int64_t max) {
    GiltStr *s = AS_STR(self);
    GiltList *l = gilt_list_new(ts, 0);
    if (!l)
        return VAL_NULL;
    size_t i = s->size;
    while (max-- > 0) {
        int64_t pos = gilt_stringlib_rfind(s->data, i, sep->data, sep->size);
        if (pos < 0)
            break;
        if (add_piece(ts, l, s, (size_t)pos + sep->size, i) < 0)
            return VAL_NULL;
        i = (size_t)pos;
    }
    if (l->len == 0)
        return whole(ts, l, self);
    if (add_piece(ts, l, s, 0, i) < 0)
        return VAL_NULL;
    reverse(l);
    return OBJ_VAL(l);
}

static Value split_common(GiltThread *ts, Value *args, int nargs,
                          GiltTuple *kw, bool right) {
    static const char *const names[] = {"sep", "maxsplit", NULL};
    Value a[2];
    if (gilt_parse_args(ts, right ? "rsplit" : "split", args + 1, nargs - 1,
                        kw, names, 0, a) < 0)
        return VAL_NULL;
    int64_t max = -1;
    if (a[1] && gilt_str_int_arg(ts, a[1], false, &max) < 0)
        return VAL_NULL;
    if (max < 0)
        max = INT64_MAX;
    if (!a[0] || a[0] == VAL_NONE)
        return right ? rsplit_ws(ts, args[0], max) : split_ws(ts, args[0], max);
    if (!GILT_IS_SUB(ts, a[0], GILT_TF_STR_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "must be str or None, not %T", a[0]);
    GiltStr *sep = AS_STR(a[0]);
    if (sep->size == 0)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR, "empty separator");
    return right ? rsplit_sep(ts, args[0], sep, max)
                 : split_sep(ts, args[0], sep, max);
}

static Value str_split(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return split_common(ts, args, nargs, kw, false);
}
static Value str_rsplit(GiltThread *ts, Value *args, int nargs,
                        GiltTuple *kw) {
    return split_common(ts, args, nargs, kw, true);
}

// ---- splitlines -----------------------------------------------------------------------

// Bytes of the line break at [i], or 0.
static size_t line_break(const unsigned char *d, size_t i, size_t n) {
    unsigned char c = d[i];
    if (c < 0x80) {
        if (c == '\r')
            return i + 1 < n && d[i + 1] == '\n' ? 2 : 1;
        return (c >= '\n' && c <= '\r') || (c >= 0x1C && c <= 0x1E);
    }
    if (c == 0xC2 && d[i + 1] == 0x85)
        return 2;
    if (c == 0xE2 && d[i + 1] == 0x80 && (d[i + 2] == 0xA8 || d[i + 2] == 0xA9))
        return 3;
    return 0;
}

static Value str_splitlines(GiltThread *ts, Value *args, int nargs,
                            GiltTuple *kw) {
    static const char *const names[] = {"keepends", NULL};
    Value a[1];
    int64_t keep = 0;
    if (gilt_parse_args(ts, "splitlines", args + 1, nargs - 1, kw, names, 0,
                        a) < 0 ||
        (a[0] && gilt_str_int_arg(ts, a[0], true, &keep) < 0))
        return VAL_NULL;
    GiltStr *s = AS_STR(args[0]);
    const unsigned char *d = (const unsigned char *)s->data;
    GiltList *l = gilt_list_new(ts, 0);
    if (!l)
        return VAL_NULL;
    size_t start = 0, i = 0, n = s->size;
    while (i < n) {
        size_t br = line_break(d, i, n);
        if (!br) {
            i++;
            continue;
        }
        if (start == 0 && i + br == n && keep)
            return whole(ts, l, args[0]);
        if (add_piece(ts, l, s, start, keep ? i + br : i) < 0)
            return VAL_NULL;
        start = i += br;
    }
    if (start < n) {
        if (start == 0)
            return whole(ts, l, args[0]);
        if (add_piece(ts, l, s, start, n) < 0)
            return VAL_NULL;
    }
    return OBJ_VAL(l);
}

// ---- strip ---------------------------------------------------------------------------

// What to strip: whitespace, or the code points of a str.
typedef struct StripSet {
    GiltStr *chars; // NULL: whitespace
    uint64_t ascii[2]; // bitmap of the ASCII members
} StripSet;

static bool strip_has(const StripSet *set, uint32_t c) {
    if (c < 128)
        return set->ascii[c >> 6] >> (c & 63) & 1;
    if (!set->chars)
        return gilt_unicode_isspace(c);
    GiltStr *cs = set->chars;
    for (size_t pos = 0; pos < cs->size;)
        if (gilt_utf8_decode(cs->data, &pos) == c)
            return true;
    return false;
}

static void strip_set_init(StripSet *set, GiltStr *chars) {
    set->chars = chars;
    set->ascii[0] = set->ascii[1] = 0;
    if (!chars) {
        for (unsigned c = 0; c < 128; c++)
            if (ascii_space((unsigned char)c))
                set->ascii[c >> 6] |= (uint64_t)1 << (c & 63);
        return;
    }
    for (size_t i = 0; i < chars->size; i++) {
        unsigned char c = (unsigned char)chars->data[i];
        if (c < 128)
            set->ascii[c >> 6] |= (uint64_t)1 << (c & 63);
    }
}

static Value strip_common(GiltThread *ts, Value *args, int nargs, int which,
                          const char *name) {
    Value chars = nargs > 1 ? args[1] : VAL_NONE;
    if (chars != VAL_NONE && !GILT_IS_SUB(ts, chars, GILT_TF_STR_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "%s arg must be None or str", name);
    StripSet set;
    strip_set_init(&set, chars == VAL_NONE ? NULL : AS_STR(chars));
    GiltStr *s = AS_STR(args[0]);
    const char *d = s->data;
    size_t a = 0, z = s->size;
    if (which & 1)
        while (a < z) {
            size_t next = a;
            if (!strip_has(&set, gilt_utf8_decode(d, &next)))
                break;
            a = next;
        }
    if (which & 2)
        while (z > a) {
            size_t p = prev_cp(d, z), q = p;
            if (!strip_has(&set, gilt_utf8_decode(d, &q)))
                break;
            z = p;
        }
    if (a == 0 && z == s->size)
        return gilt_str_exact(ts, args[0]);
    return s->ascii ? gilt_str_new_known(ts, d + a, z - a, z - a, true)
                    : gilt_str_new(ts, d + a, z - a);
}

static Value str_strip(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return strip_common(ts, args, nargs, 3, "strip");
}
static Value str_lstrip(GiltThread *ts, Value *args, int nargs,
                        GiltTuple *kw) {
    return strip_common(ts, args, nargs, 1, "lstrip");
}
static Value str_rstrip(GiltThread *ts, Value *args, int nargs,
                        GiltTuple *kw) {
    return strip_common(ts, args, nargs, 2, "rstrip");
}

const GiltMethodDef gilt_str_split_methods[] = {
    {"split", str_split, 0, -1, GILT_M_KW},
    {"rsplit", str_rsplit, 0, -1, GILT_M_KW},
    {"splitlines", str_splitlines, 0, -1, GILT_M_KW},
    {"strip", str_strip, 0, 1, 0},
    {"lstrip", str_lstrip, 0, 1, 0},
    {"rstrip", str_rstrip, 0, 1, 0},
    {NULL}};
