/* bytes_methods.c - The methods bytes and bytearray share for searching,
 * splitting, stripping, joining and padding (the ASCII case methods,
 * predicates, translate, decode and hex are in bytes_text.c).
 *
 * Every method reads self through a GiltBuffer and builds its results
 * with gilt_bytes_make_like(): bytes for bytes (and subclasses), bytearray for bytearray.
 * A bytearray's buffer can move when Python code runs, so arguments that
 * may call __index__ are converted before the buffers are taken.
 */
#include "../vm/gc.h"
#include "bytes_impl.h"
#include "codecs.h"
#include "int.h"
#include "list.h"
#include "str_impl.h"
#include "stringlib.h"
#include "tuple.h"
#include "type.h"

static GiltBuffer view(GiltThread *ts, Value self) {
    GiltBuffer b;
    gilt_bytes_buffer(ts, self, &b);
    return b;
}

static bool is_bytes(GiltThread *ts, Value self) {
    return GILT_IS_SUB(ts, self, GILT_TF_BYTES_SUB);
}

Value gilt_bytes_make_like(GiltThread *ts, Value self, const char *d, size_t n) {
    return is_bytes(ts, self) ? gilt_bytes_new(ts, d, n)
                              : gilt_bytearray_new(ts, d, n);
}

Value gilt_bytes_unchanged(GiltThread *ts, Value self) {
    if (GILT_IS(ts, self, BYTES))
        return self;
    GiltBuffer b = view(ts, self);
    return gilt_bytes_make_like(ts, self, b.data, b.size);
}

bool gilt_bytes_buf_arg(GiltThread *ts, Value v, GiltBuffer *out) {
    if (gilt_bytes_buffer(ts, v, out))
        return true;
    gilt_raise(ts, GILT_EXC_TYPE_ERROR,
               "a bytes-like object is required, not '%T'", v);
    return false;
}

int gilt_bytes_byte_arg(GiltThread *ts, Value v) {
    int64_t i;
    if (gilt_str_int_arg(ts, v, true, &i) < 0)
        return -1;
    if (i < 0 || i > 255) {
        gilt_raise(ts, GILT_EXC_VALUE_ERROR, "byte must be in range(0, 256)");
        return -1;
    }
    return (int)i;
}

// A search argument: an int (one byte, kept in *byte) or bytes-like.
static bool sub_arg(GiltThread *ts, Value v, GiltBuffer *out, char *byte) {
    if (gilt_bytes_buffer(ts, v, out))
        return true;
    if (!IS_INT(v) && !IS_BOOL(v) && !gilt_is_int(ts, v) &&
        !gilt_type_lookup(ts, gilt_typeof(ts, v), GILT_NAME(ts, __index__))) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "argument should be integer or bytes-like object, not '%T'",
                   v);
        return false;
    }
    int b = gilt_bytes_byte_arg(ts, v);
    if (b < 0)
        return false;
    *byte = (char)b;
    out->data = byte;
    out->size = 1;
    return true;
}

static bool ascii_space(unsigned char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

// ---- find family --------------------------------------------------------------------

// Index of sub in self[start:end]: >= 0, -1 absent, -2 error.
static int64_t find_sub(GiltThread *ts, Value *args, int nargs, bool right) {
    int64_t start, end;
    if (gilt_str_bounds(ts, args, nargs, 2, &start, &end) < 0)
        return -2;
    GiltBuffer sub;
    char byte;
    if (!sub_arg(ts, args[1], &sub, &byte))
        return -2;
    GiltBuffer s = view(ts, args[0]);
    gilt_str_adjust((int64_t)s.size, &start, &end);
    if (end - start < (int64_t)sub.size)
        return -1;
    int64_t r = right ? gilt_stringlib_rfind(s.data + start, (size_t)(end - start),
                                             sub.data, sub.size)
                      : gilt_stringlib_find(s.data + start, (size_t)(end - start),
                                            sub.data, sub.size);
    return r < 0 ? -1 : start + r;
}

static Value found(GiltThread *ts, int64_t r, bool raise) {
    if (r == -2)
        return VAL_NULL;
    if (r == -1 && raise)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR, "subsection not found");
    return INT_VAL(r);
}

static Value b_find(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return found(ts, find_sub(ts, args, nargs, false), false);
}
static Value b_rfind(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return found(ts, find_sub(ts, args, nargs, true), false);
}
static Value b_index(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return found(ts, find_sub(ts, args, nargs, false), true);
}
static Value b_rindex(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return found(ts, find_sub(ts, args, nargs, true), true);
}

static Value b_count(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    int64_t start, end;
    if (gilt_str_bounds(ts, args, nargs, 2, &start, &end) < 0)
        return VAL_NULL;
    GiltBuffer sub;
    char byte;
    if (!sub_arg(ts, args[1], &sub, &byte))
        return VAL_NULL;
    GiltBuffer s = view(ts, args[0]);
    gilt_str_adjust((int64_t)s.size, &start, &end);
    if (end - start < (int64_t)sub.size)
        return INT_VAL(0);
    if (sub.size == 0)
        return INT_VAL(end - start + 1);
    return INT_VAL((int64_t)gilt_stringlib_count(
        s.data + start, (size_t)(end - start), sub.data, sub.size, SIZE_MAX));
}

static Value b_contains(GiltThread *ts, Value *args, int nargs,
                        GiltTuple *kw) {
    GiltBuffer sub;
    char byte;
    Value v = args[1];
    // Unlike find(), `in` words a bad operand as a buffer error.
    if (!gilt_bytes_buffer(ts, v, &sub) && !IS_INT(v) && !IS_BOOL(v) &&
        !gilt_is_int(ts, v) &&
        !gilt_type_lookup(ts, gilt_typeof(ts, v), GILT_NAME(ts, __index__)))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "a bytes-like object is required, not '%T'", v);
    if (!sub_arg(ts, v, &sub, &byte))
        return VAL_NULL;
    GiltBuffer s = view(ts, args[0]);
    return BOOL_VAL(gilt_stringlib_find(s.data, s.size, sub.data, sub.size) >= 0);
}

static int tail_match(GiltThread *ts, Value self, Value sub, int64_t start,
                      int64_t end, bool at_end) {
    GiltBuffer p, s = view(ts, self);
    if (!gilt_bytes_buf_arg(ts, sub, &p))
        return -1;
    gilt_str_adjust((int64_t)s.size, &start, &end);
    if (end - (int64_t)p.size < start)
        return 0;
    const char *at = at_end ? s.data + end - p.size : s.data + start;
    return p.size == 0 || memcmp(at, p.data, p.size) == 0;
}

static Value starts_ends(GiltThread *ts, Value *args, int nargs, bool at_end) {
    int64_t start, end;
    if (gilt_str_bounds(ts, args, nargs, 2, &start, &end) < 0)
        return VAL_NULL;
    Value p = args[1];
    GiltBuffer tmp;
    if (gilt_bytes_buffer(ts, p, &tmp)) {
        int r = tail_match(ts, args[0], p, start, end, at_end);
        return r < 0 ? VAL_NULL : BOOL_VAL(r);
    }
    if (!GILT_IS_SUB(ts, p, GILT_TF_TUPLE_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "%s first arg must be bytes or a tuple of bytes, not "
                          "%T",
                          at_end ? "endswith" : "startswith", p);
    for (size_t i = 0; i < AS_TUPLE(p)->len; i++) {
        int r = tail_match(ts, args[0], AS_TUPLE(p)->items[i], start, end,
                           at_end);
        if (r)
            return r < 0 ? VAL_NULL : VAL_TRUE;
    }
    return VAL_FALSE;
}

static Value b_startswith(GiltThread *ts, Value *args, int nargs,
                          GiltTuple *kw) {
    return starts_ends(ts, args, nargs, false);
}
static Value b_endswith(GiltThread *ts, Value *args, int nargs,
                        GiltTuple *kw) {
    return starts_ends(ts, args, nargs, true);
}

// ---- replace, partition, affixes ----------------------------------------------------------

static Value b_replace(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    int64_t count = -1;
    if (nargs > 3 && gilt_str_int_arg(ts, args[3], false, &count) < 0)
        return VAL_NULL;
    GiltBuffer old, nw;
    if (!gilt_bytes_buf_arg(ts, args[1], &old) || !gilt_bytes_buf_arg(ts, args[2], &nw))
        return VAL_NULL;
    GiltBuffer s = view(ts, args[0]);
    size_t max = count < 0 ? SIZE_MAX : (size_t)count;
    size_t n = old.size ? gilt_stringlib_count(s.data, s.size, old.data,
                                               old.size, max)
                        : (s.size + 1 < max ? s.size + 1 : max);
    if (n == 0)
        return gilt_bytes_unchanged(ts, args[0]);
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    size_t pos = 0;
    for (size_t i = 0; i < n; i++) {
        size_t at = old.size ? pos + (size_t)gilt_stringlib_find(
                                         s.data + pos, s.size - pos, old.data,
                                         old.size)
                             : pos;
        gilt_strbuf_append(ts, &b, s.data + pos, at - pos);
        gilt_strbuf_append(ts, &b, nw.data, nw.size);
        pos = at + old.size;
        if (!old.size && pos < s.size)
            gilt_strbuf_append_char(ts, &b, s.data[pos++]);
    }
    gilt_strbuf_append(ts, &b, s.data + pos, s.size - pos);
    Value r = b.failed ? VAL_NULL : gilt_bytes_make_like(ts, args[0], b.data, b.size);
    gilt_strbuf_free(ts, &b);
    return r;
}

static Value partition(GiltThread *ts, Value *args, bool right) {
    GiltBuffer sep;
    if (!gilt_bytes_buf_arg(ts, args[1], &sep))
        return VAL_NULL;
    if (sep.size == 0)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR, "empty separator");
    Value self = args[0];
    GiltBuffer s = view(ts, self);
    int64_t at = right ? gilt_stringlib_rfind(s.data, s.size, sep.data, sep.size)
                       : gilt_stringlib_find(s.data, s.size, sep.data, sep.size);
    size_t a = at < 0 ? (right ? 0 : s.size) : (size_t)at;
    size_t z = at < 0 ? a : a + sep.size;
    Value parts[3] = {VAL_NULL, VAL_NULL, VAL_NULL};
    size_t mark = gilt_gc_roots_mark(ts);
    const char *src[3] = {s.data, at < 0 ? "" : sep.data, s.data + z};
    size_t len[3] = {a, at < 0 ? 0 : sep.size, s.size - z};
    for (int i = 0; i < 3; i++) {
        if (at < 0 && GILT_IS(ts, self, BYTES) && len[i] == s.size && s.size)
            parts[i] = self;
        else if (!(parts[i] = gilt_bytes_make_like(ts, self, src[i], len[i])))
            return VAL_NULL;
        gilt_gc_push_root(ts, parts[i]);
    }
    Value r = gilt_tuple_pack(ts, 3, parts[0], parts[1], parts[2]);
    gilt_gc_roots_restore(ts, mark);
    return r;
}

static Value b_partition(GiltThread *ts, Value *args, int nargs,
                         GiltTuple *kw) {
    return partition(ts, args, false);
}
static Value b_rpartition(GiltThread *ts, Value *args, int nargs,
                          GiltTuple *kw) {
    return partition(ts, args, true);
}

static Value remove_affix(GiltThread *ts, Value *args, bool suffix) {
    GiltBuffer a;
    if (!gilt_bytes_buf_arg(ts, args[1], &a))
        return VAL_NULL;
    GiltBuffer s = view(ts, args[0]);
    if (a.size == 0 || a.size > s.size ||
        memcmp(suffix ? s.data + s.size - a.size : s.data, a.data, a.size))
        return gilt_bytes_unchanged(ts, args[0]);
    return gilt_bytes_make_like(ts, args[0], suffix ? s.data : s.data + a.size,
                s.size - a.size);
}

static Value b_removeprefix(GiltThread *ts, Value *args, int nargs,
                            GiltTuple *kw) {
    return remove_affix(ts, args, false);
}
static Value b_removesuffix(GiltThread *ts, Value *args, int nargs,
                            GiltTuple *kw) {
    return remove_affix(ts, args, true);
}

// ---- split, strip -----------------------------------------------------------------------

static int add_piece(GiltThread *ts, GiltList *l, Value self, const char *d,
                     size_t n) {
    Value v = gilt_bytes_make_like(ts, self, d, n);
    return v ? gilt_list_append(ts, l, v) : -1;
}

// The next piece of a split, scanning from *i (forwards, or backwards when
// [right]); false when there is none. *i moves past the separator.
static bool next_piece(GiltBuffer s, GiltBuffer *sep, bool right, size_t *i,
                       size_t *a, size_t *z) {
    const char *d = s.data;
    if (sep) {
        int64_t pos = right ? gilt_stringlib_rfind(d, *i, sep->data, sep->size)
                            : gilt_stringlib_find(d + *i, s.size - *i,
                                                  sep->data, sep->size);
        if (pos < 0)
            return false;
        *a = right ? (size_t)pos + sep->size : *i;
        *z = right ? *i : *i + (size_t)pos;
        *i = right ? (size_t)pos : *z + sep->size;
        return true;
    }
    if (right) {
        while (*i > 0 && ascii_space((unsigned char)d[*i - 1]))
            (*i)--;
        for (*z = *i; *i > 0 && !ascii_space((unsigned char)d[*i - 1]);)
            (*i)--;
        *a = *i;
        return *z > 0;
    }
    while (*i < s.size && ascii_space((unsigned char)d[*i]))
        (*i)++;
    for (*a = *i; *i < s.size && !ascii_space((unsigned char)d[*i]);)
        (*i)++;
    *z = *i;
    return *a < s.size;
}

static Value split_impl(GiltThread *ts, Value self, GiltBuffer *sep,
                        int64_t max, bool right) {
    GiltBuffer s = view(ts, self);
    GiltList *l = gilt_list_new(ts, 0);
    if (!l)
        return VAL_NULL;
    size_t i = right ? s.size : 0, a, z;
    while (max-- > 0 && next_piece(s, sep, right, &i, &a, &z))
        if (add_piece(ts, l, self, s.data + a, z - a) < 0)
            return VAL_NULL;
    // The rest: for whitespace splitting, without the whitespace next to
    // the last split.
    a = right ? 0 : i;
    z = right ? i : s.size;
    if (!sep && !right)
        while (a < z && ascii_space((unsigned char)s.data[a]))
            a++;
    if (!sep && right)
        while (z > a && ascii_space((unsigned char)s.data[z - 1]))
            z--;
    if ((sep || a < z) && add_piece(ts, l, self, s.data + a, z - a) < 0)
        return VAL_NULL;
    if (right)
        for (size_t x = 0, y = l->len; x + 1 < y; x++, y--) {
            Value t = l->items[x];
            l->items[x] = l->items[y - 1];
            l->items[y - 1] = t;
        }
    return OBJ_VAL(l);
}

static Value split_common(GiltThread *ts, Value *args, int nargs,
                          GiltTuple *kw, bool right) {
    static const char *const names[] = {"sep", "maxsplit", NULL};
    Value a[2];
    int64_t max = -1;
    if (gilt_parse_args(ts, right ? "rsplit" : "split", args + 1, nargs - 1, kw,
                        names, 0, a) < 0 ||
        (a[1] && gilt_str_int_arg(ts, a[1], false, &max) < 0))
        return VAL_NULL;
    if (max < 0)
        max = INT64_MAX;
    GiltBuffer sep;
    if (a[0] && a[0] != VAL_NONE) {
        if (!gilt_bytes_buf_arg(ts, a[0], &sep))
            return VAL_NULL;
        if (sep.size == 0)
            return gilt_raise(ts, GILT_EXC_VALUE_ERROR, "empty separator");
    }
    return split_impl(ts, args[0], a[0] && a[0] != VAL_NONE ? &sep : NULL, max,
                      right);
}

static Value b_split(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return split_common(ts, args, nargs, kw, false);
}
static Value b_rsplit(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return split_common(ts, args, nargs, kw, true);
}

static Value b_splitlines(GiltThread *ts, Value *args, int nargs,
                          GiltTuple *kw) {
    static const char *const names[] = {"keepends", NULL};
    Value a[1];
    int64_t keep = 0;
    if (gilt_parse_args(ts, "splitlines", args + 1, nargs - 1, kw, names, 0,
                        a) < 0 ||
        (a[0] && gilt_str_int_arg(ts, a[0], true, &keep) < 0))
        return VAL_NULL;
    GiltBuffer s = view(ts, args[0]);
    GiltList *l = gilt_list_new(ts, 0);
    if (!l)
        return VAL_NULL;
    for (size_t i = 0, start = 0; i < s.size; start = i) {
        while (i < s.size && s.data[i] != '\n' && s.data[i] != '\r')
            i++;
        size_t eol = i;
        if (i < s.size)
            i += s.data[i] == '\r' && i + 1 < s.size && s.data[i + 1] == '\n'
                     ? 2
                     : 1;
        if (add_piece(ts, l, args[0], s.data + start,
                      (keep ? i : eol) - start) < 0)
            return VAL_NULL;
    }
    return OBJ_VAL(l);
}

static Value strip_common(GiltThread *ts, Value *args, int nargs, int which) {
    GiltBuffer chars = {" \t\n\r\x0b\x0c", 6};
    if (nargs > 1 && args[1] != VAL_NONE && !gilt_bytes_buf_arg(ts, args[1], &chars))
        return VAL_NULL;
    bool set[256] = {false};
    for (size_t i = 0; i < chars.size; i++)
        set[(unsigned char)chars.data[i]] = true;
    GiltBuffer s = view(ts, args[0]);
    size_t a = 0, z = s.size;
    if (which & 1)
        while (a < z && set[(unsigned char)s.data[a]])
            a++;
    if (which & 2)
        while (z > a && set[(unsigned char)s.data[z - 1]])
            z--;
    if (a == 0 && z == s.size)
        return gilt_bytes_unchanged(ts, args[0]);
    return gilt_bytes_make_like(ts, args[0], s.data + a, z - a);
}

static Value b_strip(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return strip_common(ts, args, nargs, 3);
}
static Value b_lstrip(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return strip_common(ts, args, nargs, 1);
}
static Value b_rstrip(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return strip_common(ts, args, nargs, 2);
}

// ---- join ----------------------------------------------------------------------------

static Value join_items(GiltThread *ts, Value self, const Value *items,
                        size_t n) {
    GiltBuffer sep = view(ts, self), b;
    size_t size = n ? sep.size * (n - 1) : 0;
    for (size_t i = 0; i < n; i++) {
        if (!gilt_bytes_buffer(ts, items[i], &b))
            return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                              "sequence item %zu: expected a bytes-like "
                              "object, %T found",
                              i, items[i]);
        size += b.size;
    }
    if (n == 1 && GILT_IS(ts, items[0], BYTES) && is_bytes(ts, self))
        return items[0];
    GiltStrBuf out;
    gilt_strbuf_init(&out);
    for (size_t i = 0; i < n; i++) {
        if (i)
            gilt_strbuf_append(ts, &out, sep.data, sep.size);
        gilt_bytes_buffer(ts, items[i], &b);
        gilt_strbuf_append(ts, &out, b.data, b.size);
    }
    Value r = out.failed ? VAL_NULL : gilt_bytes_make_like(ts, self, out.data, out.size);
    gilt_strbuf_free(ts, &out);
    return r;
}

static Value b_join(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    Value it = args[1];
    if (GILT_IS(ts, it, LIST))
        return join_items(ts, args[0], AS_LIST(it)->items, AS_LIST(it)->len);
    if (GILT_IS(ts, it, TUPLE))
        return join_items(ts, args[0], AS_TUPLE(it)->items, AS_TUPLE(it)->len);
    GiltType *t = gilt_typeof(ts, it);
    if (!gilt_type_lookup(ts, t, GILT_NAME(ts, __iter__)) &&
        !gilt_type_lookup(ts, t, GILT_NAME(ts, __getitem__)))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "can only join an iterable");
    Value l = gilt_list_from_iterable(ts, it);
    if (!l)
        return VAL_NULL;
    gilt_gc_push_root(ts, l);
    Value r = join_items(ts, args[0], AS_LIST(l)->items, AS_LIST(l)->len);
    gilt_gc_pop_root(ts);
    return r;
}

// ---- padding ---------------------------------------------------------------------------

// Pad self to [width] with [fill]: left ('>'), right ('<'), both ('^'),
// or zfill ('z': left with '0', a sign moved to the front).
static Value pad(GiltThread *ts, Value self, int64_t width, char fill,
                 char how) {
    GiltBuffer s = view(ts, self);
    if (width <= (int64_t)s.size)
        return gilt_bytes_unchanged(ts, self);
    size_t marg = (size_t)width - s.size;
    size_t left = how == '<' ? 0 : how == '^' ? marg / 2 + (marg & (size_t)width & 1)
                                              : marg;
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    for (size_t i = 0; i < left; i++)
        gilt_strbuf_append_char(ts, &b, fill);
    gilt_strbuf_append(ts, &b, s.data, s.size);
    for (size_t i = left; i < marg; i++)
        gilt_strbuf_append_char(ts, &b, fill);
    if (how == 'z' && !b.failed && s.size &&
        (s.data[0] == '+' || s.data[0] == '-')) {
        b.data[0] = s.data[0];
        b.data[marg] = '0';
    }
    Value r = b.failed ? VAL_NULL : gilt_bytes_make_like(ts, self, b.data, b.size);
    gilt_strbuf_free(ts, &b);
    return r;
}

static Value justify(GiltThread *ts, Value *args, int nargs, char how,
                     const char *fname) {
    int64_t width;
    if (gilt_str_int_arg(ts, args[1], false, &width) < 0)
        return VAL_NULL;
    char fill = ' ';
    if (nargs > 2) {
        GiltBuffer f;
        if (!gilt_bytes_buffer(ts, args[2], &f) || f.size != 1)
            return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                              "%s() argument 2 must be a byte string of length "
                              "1, not %s",
                              fname, gilt_str_arg_type(ts, args[2]));
        fill = f.data[0];
    }
    return pad(ts, args[0], width, fill, how);
}

static Value b_ljust(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return justify(ts, args, nargs, '<', "ljust");
}
static Value b_rjust(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return justify(ts, args, nargs, '>', "rjust");
}
static Value b_center(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return justify(ts, args, nargs, '^', "center");
}
static Value b_zfill(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    int64_t width;
    if (gilt_str_int_arg(ts, args[1], false, &width) < 0)
        return VAL_NULL;
    return pad(ts, args[0], width, '0', 'z');
}

static Value b_expandtabs(GiltThread *ts, Value *args, int nargs,
                          GiltTuple *kw) {
    static const char *const names[] = {"tabsize", NULL};
    Value a[1];
    int64_t tab = 8;
    if (gilt_parse_args(ts, "expandtabs", args + 1, nargs - 1, kw, names, 0,
                        a) < 0 ||
        (a[0] && gilt_str_int_arg(ts, a[0], false, &tab) < 0))
        return VAL_NULL;
    GiltBuffer s = view(ts, args[0]);
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    int64_t col = 0;
    for (size_t i = 0; i < s.size; i++) {
        char c = s.data[i];
        if (c == '\t') {
            if (tab > 0)
                for (int64_t k = tab - col % tab; k > 0; k--, col++)
                    gilt_strbuf_append_char(ts, &b, ' ');
            continue;
        }
        gilt_strbuf_append_char(ts, &b, c);
        col = c == '\n' || c == '\r' ? 0 : col + 1;
    }
    Value r = b.failed ? VAL_NULL : gilt_bytes_make_like(ts, args[0], b.data, b.size);
    gilt_strbuf_free(ts, &b);
    return r;
}

const GiltMethodDef gilt_bytes_search_methods[] = {
    {"find", b_find, 1, 3, 0},
    {"rfind", b_rfind, 1, 3, 0},
    {"index", b_index, 1, 3, 0},
    {"rindex", b_rindex, 1, 3, 0},
    {"count", b_count, 1, 3, 0},
    {"__contains__", b_contains, 1, 1, 0},
    {"startswith", b_startswith, 1, 3, 0},
    {"endswith", b_endswith, 1, 3, 0},
    {"replace", b_replace, 2, 3, 0},
    {"partition", b_partition, 1, 1, 0},
    {"rpartition", b_rpartition, 1, 1, 0},
    {"removeprefix", b_removeprefix, 1, 1, 0},
    {"removesuffix", b_removesuffix, 1, 1, 0},
    {"split", b_split, 0, 2, GILT_M_KW},
    {"rsplit", b_rsplit, 0, 2, GILT_M_KW},
    {"splitlines", b_splitlines, 0, 1, GILT_M_KW},
    {"strip", b_strip, 0, 1, 0},
    {"lstrip", b_lstrip, 0, 1, 0},
    {"rstrip", b_rstrip, 0, 1, 0},
    {"join", b_join, 1, 1, 0},
    {"ljust", b_ljust, 1, 2, 0},
    {"rjust", b_rjust, 1, 2, 0},
    {"center", b_center, 1, 2, 0},
    {"zfill", b_zfill, 1, 1, 0},
    {"expandtabs", b_expandtabs, 0, 1, GILT_M_KW},
    {NULL}};
