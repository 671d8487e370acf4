/* str_search.c - str searching: find, rfind, index, rindex, count,
 * startswith, endswith, replace, partition, rpartition, removeprefix,
 * removesuffix.
 *
 * Searches run on the UTF-8 bytes (see stringlib.h). For a non-ASCII str
 * the start/end indices become byte offsets with one forward walk, and a
 * match's byte offset becomes an index by counting code points, so every
 * call is linear.
 */
#include <stdlib.h>

#include "../vm/gc.h"
#include "int.h"
#include "slice.h"
#include "str_impl.h"
#include "stringlib.h"
#include "tuple.h"

// ---- argument helpers (shared through str_impl.h) ----------------------------------

void gilt_str_adjust(int64_t len, int64_t *start, int64_t *end) {
    if (*end > len)
        *end = len;
    else if (*end < 0 && (*end += len) < 0)
        *end = 0;
    if (*start < 0 && (*start += len) < 0)
        *start = 0;
}

int gilt_str_bounds(GiltThread *ts, Value *args, int nargs, int i,
                    int64_t *start, int64_t *end) {
    *start = 0;
    *end = INT64_MAX;
    if (nargs > i && args[i] != VAL_NONE &&
        gilt_slice_clamp_index(ts, args[i], true, start) < 0)
        return -1;
    if (nargs > i + 1 && args[i + 1] != VAL_NONE &&
        gilt_slice_clamp_index(ts, args[i + 1], true, end) < 0)
        return -1;
    return 0;
}

int gilt_str_int_arg(GiltThread *ts, Value v, bool clamp, int64_t *out) {
    if (IS_INT(v)) {
        *out = AS_INT(v);
        return 0;
    }
    if (!IS_BOOL(v) && !gilt_is_int(ts, v) &&
        !gilt_type_lookup(ts, gilt_typeof(ts, v), GILT_NAME(ts, __index__))) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "'%T' object cannot be interpreted as an integer", v);
        return -1;
    }
    Value i = gilt_index_value(ts, v);
    if (!i)
        return -1;
    if (gilt_int_to_i64(ts, i, out) == 0)
        return 0;
    gilt_exc_clear(ts);
    if (clamp) {
        *out = gilt_int_sign(i) < 0 ? INT64_MIN : INT64_MAX;
        return 0;
    }
    gilt_raise(ts, GILT_EXC_OVERFLOW_ERROR,
               "Python int too large to convert to C ssize_t");
    return -1;
}

int gilt_str_check_args(GiltThread *ts, const char *name, int n, int min,
                        int max) {
    if (n >= min && n <= max)
        return 0;
    bool few = n < min;
    int lim = few ? min : max;
    gilt_raise(ts, GILT_EXC_TYPE_ERROR, "%s() takes at %s %d argument%s (%d given)",
               name, few ? "least" : "most", lim, lim == 1 ? "" : "s", n);
    return -1;
}

const char *gilt_str_arg_type(GiltThread *ts, Value v) {
    return v == VAL_NONE ? "None" : gilt_type_name(ts, v);
}

static GiltStr *str_arg(GiltThread *ts, Value v) {
    if (GILT_IS_SUB(ts, v, GILT_TF_STR_SUB))
        return AS_STR(v);
    gilt_raise(ts, GILT_EXC_TYPE_ERROR, "must be str, not %T", v);
    return NULL;
}

// The byte range of code points [start, end) of [s] (already adjusted,
// start <= end <= len).
static void byte_range(GiltStr *s, int64_t start, int64_t end, size_t *bs,
                       size_t *be) {
    if (s->ascii) {
        *bs = (size_t)start;
        *be = (size_t)end;
        return;
    }
    // Walk only as far as needed: most calls search to the end.
    *bs = start == 0 ? 0 : gilt_str_offset(s, (size_t)start);
    *be = end == (int64_t)s->len
              ? s->size
              : *bs + gilt_utf8_skip(s->data + *bs, s->size - *bs,
                                     (size_t)(end - start));
}

// ---- find family --------------------------------------------------------------------

// The index of [sub] in s[start:end], searching from the left or right;
// -1 when absent, -2 on error.
static int64_t find_sub(GiltThread *ts, Value *args, int nargs, bool right,
                        const char *name) {
    if (gilt_str_check_args(ts, name, nargs - 1, 1, 3) < 0)
        return -2;
    GiltStr *s = AS_STR(args[0]), *sub = str_arg(ts, args[1]);
    int64_t start, end;
    if (!sub || gilt_str_bounds(ts, args, nargs, 2, &start, &end) < 0)
        return -2;
    gilt_str_adjust((int64_t)s->len, &start, &end);
    if (end - start < (int64_t)sub->len)
        return -1;
    if (sub->len == 0)
        return right ? end : start;
    size_t bs, be;
    byte_range(s, start, end, &bs, &be);
    int64_t r = right ? gilt_stringlib_rfind(s->data + bs, be - bs, sub->data,
                                             sub->size)
                      : gilt_stringlib_find(s->data + bs, be - bs, sub->data,
                                            sub->size);
    if (r < 0 || s->ascii)
        return r < 0 ? -1 : start + r;
    return start + (int64_t)gilt_utf8_count(s->data + bs, (size_t)r);
}

static Value find_result(GiltThread *ts, int64_t r, bool raise) {
    if (r == -2)
        return VAL_NULL;
    if (r == -1 && raise)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR, "substring not found");
    return INT_VAL(r);
}

static Value str_find(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return find_result(ts, find_sub(ts, args, nargs, false, "find"), false);
}
static Value str_rfind(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return find_result(ts, find_sub(ts, args, nargs, true, "rfind"), false);
}
static Value str_index(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return find_result(ts, find_sub(ts, args, nargs, false, "index"), true);
}
static Value str_rindex(GiltThread *ts, Value *args, int nargs,
                        GiltTuple *kw) {
    return find_result(ts, find_sub(ts, args, nargs, true, "rindex"), true);
}

static Value str_count(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    if (gilt_str_check_args(ts, "count", nargs - 1, 1, 3) < 0)
        return VAL_NULL;
    GiltStr *s = AS_STR(args[0]), *sub = str_arg(ts, args[1]);
    int64_t start, end;
    if (!sub || gilt_str_bounds(ts, args, nargs, 2, &start, &end) < 0)
        return VAL_NULL;
    gilt_str_adjust((int64_t)s->len, &start, &end);
    if (end - start < (int64_t)sub->len)
        return INT_VAL(0);
    if (sub->len == 0)
        return INT_VAL(end - start + 1);
    size_t bs, be;
    byte_range(s, start, end, &bs, &be);
    return INT_VAL((int64_t)gilt_stringlib_count(
        s->data + bs, be - bs, sub->data, sub->size, SIZE_MAX));
}

// ---- startswith / endswith ----------------------------------------------------------

static bool tail_match(GiltStr *s, GiltStr *sub, int64_t start, int64_t end,
                       bool at_end) {
    gilt_str_adjust((int64_t)s->len, &start, &end);
    if (end - (int64_t)sub->len < start)
        return false;
    if (sub->len == 0)
        return true;
    size_t bs, be;
    byte_range(s, start, end, &bs, &be);
    if (be - bs < sub->size)
        return false;
    const char *p = at_end ? s->data + be - sub->size : s->data + bs;
    return memcmp(p, sub->data, sub->size) == 0;
}

static Value starts_ends(GiltThread *ts, Value *args, int nargs, bool at_end) {
    const char *what = at_end ? "endswith" : "startswith";
    int64_t start, end;
    if (gilt_str_check_args(ts, what, nargs - 1, 1, 3) < 0)
        return VAL_NULL;
    if (gilt_str_bounds(ts, args, nargs, 2, &start, &end) < 0)
        return VAL_NULL;
    GiltStr *s = AS_STR(args[0]);
    Value p = args[1];
    if (GILT_IS_SUB(ts, p, GILT_TF_STR_SUB))
        return BOOL_VAL(tail_match(s, AS_STR(p), start, end, at_end));
    if (!GILT_IS_SUB(ts, p, GILT_TF_TUPLE_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "%s first arg must be str or a tuple of str, not %T",
                          what, p);
    GiltTuple *t = AS_TUPLE(p);
    for (size_t i = 0; i < t->len; i++) {
        if (!GILT_IS_SUB(ts, t->items[i], GILT_TF_STR_SUB))
            return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                              "tuple for %s must only contain str, not %T",
                              what, t->items[i]);
        if (tail_match(s, AS_STR(t->items[i]), start, end, at_end))
            return VAL_TRUE;
    }
    return VAL_FALSE;
}

static Value str_startswith(GiltThread *ts, Value *args, int nargs,
                            GiltTuple *kw) {
    return starts_ends(ts, args, nargs, false);
}
static Value str_endswith(GiltThread *ts, Value *args, int nargs,
                          GiltTuple *kw) {
    return starts_ends(ts, args, nargs, true);
}

// ---- replace ------------------------------------------------------------------------

// replace() with an empty [old]: [new] before every code point (and at
// the end), at most [max] times.
static Value replace_empty(GiltThread *ts, GiltStr *s, GiltStr *nw,
                           size_t max) {
    size_t n = s->len + 1 < max ? s->len + 1 : max;
    size_t size = s->size + n * nw->size;
    GiltStr *r = gilt_str_alloc(ts, size);
    if (!r)
        return VAL_NULL;
    char *p = r->data;
    size_t pos = 0;
    for (size_t i = 0; i < n; i++) {
        memcpy(p, nw->data, nw->size);
        p += nw->size;
        if (pos < s->size) {
            size_t next = pos;
            gilt_utf8_decode(s->data, &next);
            memcpy(p, s->data + pos, next - pos);
            p += next - pos;
            pos = next;
        }
    }
    memcpy(p, s->data + pos, s->size - pos);
    r->data[size] = 0;
    r->len = s->len + n * nw->len;
    r->ascii = r->len == size;
    return OBJ_VAL(r);
}

// The offsets of up to [max] non-overlapping matches of [old] in [s], in a
// malloc'd array (*n of them); NULL with *n = 0 when there are none.
static size_t *match_offsets(GiltThread *ts, GiltStr *s, GiltStr *old,
                             size_t max, size_t *n, bool *nomem) {
    size_t *at = NULL, cap = 0, pos = 0;
    *n = 0;
    *nomem = false;
    while (*n < max) {
        int64_t r = gilt_stringlib_find(s->data + pos, s->size - pos, old->data,
                                        old->size);
        if (r < 0)
            break;
        if (*n == cap) {
            cap = cap ? cap * 2 : 16;
            size_t *grown = realloc(at, cap * sizeof *at);
            if (!grown) {
                free(at);
                *nomem = true;
                gilt_raise_nomem(ts);
                return NULL;
            }
            at = grown;
        }
        at[(*n)++] = pos + (size_t)r;
        pos += (size_t)r + old->size;
    }
    return at;
}

// One search pass records the matches; the result is then allocated once
// and filled.
static Value replace_impl(GiltThread *ts, Value self, GiltStr *old,
                          GiltStr *nw, size_t max) {
    GiltStr *s = AS_STR(self);
    if (max == 0 || old == nw)
        return gilt_str_exact(ts, self);
    if (old->size == 0)
        return replace_empty(ts, s, nw, max);
    size_t n;
    bool nomem;
    size_t *at = match_offsets(ts, s, old, max, &n, &nomem);
    if (n == 0)
        return nomem ? VAL_NULL : gilt_str_exact(ts, self);
    size_t size = s->size - n * old->size + n * nw->size;
    GiltStr *r = gilt_str_alloc(ts, size);
    if (!r) {
        free(at);
        return VAL_NULL;
    }
    char *p = r->data;
    size_t pos = 0;
    for (size_t i = 0; i < n; i++) {
        memcpy(p, s->data + pos, at[i] - pos);
        p += at[i] - pos;
        memcpy(p, nw->data, nw->size);
        p += nw->size;
        pos = at[i] + old->size;
    }
    free(at);
    memcpy(p, s->data + pos, s->size - pos);
    r->data[size] = 0;
    r->len = s->len - n * old->len + n * nw->len;
    r->ascii = r->len == size;
    return OBJ_VAL(r);
}

static Value str_replace(GiltThread *ts, Value *args, int nargs,
                         GiltTuple *kw) {
    for (int i = 1; i <= 2; i++)
        if (!GILT_IS_SUB(ts, args[i], GILT_TF_STR_SUB))
            return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                              "replace() argument %d must be str, not %s", i,
                              gilt_str_arg_type(ts, args[i]));
    int64_t count = -1;
    if (nargs > 3 && gilt_str_int_arg(ts, args[3], false, &count) < 0)
        return VAL_NULL;
    return replace_impl(ts, args[0], AS_STR(args[1]), AS_STR(args[2]),
                        count < 0 ? SIZE_MAX : (size_t)count);
}

// ---- partition, prefixes ----------------------------------------------------------------

static Value partition(GiltThread *ts, Value *args, bool right) {
    GiltStr *s = AS_STR(args[0]), *sep = str_arg(ts, args[1]);
    if (!sep)
        return VAL_NULL;
    if (sep->size == 0)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR, "empty separator");
    int64_t at = right ? gilt_stringlib_rfind(s->data, s->size, sep->data,
                                              sep->size)
                       : gilt_stringlib_find(s->data, s->size, sep->data,
                                             sep->size);
    Value e = ts->vm->empty_str;
    if (at < 0) // self itself, even for a subclass (as CPython)
        return right ? gilt_tuple_pack(ts, 3, e, e, args[0])
                     : gilt_tuple_pack(ts, 3, args[0], e, e);
    size_t a = (size_t)at, z = a + sep->size;
    Value head = gilt_str_new(ts, s->data, a);
    if (!head)
        return VAL_NULL;
    gilt_gc_push_root(ts, head);
    Value tail = gilt_str_new(ts, s->data + z, s->size - z);
    Value sepv = tail ? gilt_str_exact(ts, args[1]) : VAL_NULL;
    Value r = sepv ? gilt_tuple_pack(ts, 3, head, sepv, tail) : VAL_NULL;
    gilt_gc_pop_root(ts);
    return r;
}

static Value str_partition(GiltThread *ts, Value *args, int nargs,
                           GiltTuple *kw) {
    return partition(ts, args, false);
}
static Value str_rpartition(GiltThread *ts, Value *args, int nargs,
                            GiltTuple *kw) {
    return partition(ts, args, true);
}

static Value remove_affix(GiltThread *ts, Value *args, bool suffix) {
    if (!GILT_IS_SUB(ts, args[1], GILT_TF_STR_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "%s() argument must be str, not %s",
                          suffix ? "removesuffix" : "removeprefix",
                          gilt_str_arg_type(ts, args[1]));
    GiltStr *s = AS_STR(args[0]), *a = AS_STR(args[1]);
    if (a->size == 0 || a->size > s->size ||
        memcmp(suffix ? s->data + s->size - a->size : s->data, a->data,
               a->size) != 0)
        return gilt_str_exact(ts, args[0]);
    return gilt_str_new_known(ts, suffix ? s->data : s->data + a->size,
                              s->size - a->size, s->len - a->len, s->ascii);
}

static Value str_removeprefix(GiltThread *ts, Value *args, int nargs,
                              GiltTuple *kw) {
    return remove_affix(ts, args, false);
}
static Value str_removesuffix(GiltThread *ts, Value *args, int nargs,
                              GiltTuple *kw) {
    return remove_affix(ts, args, true);
}

const GiltMethodDef gilt_str_search_methods[] = {
    {"find", str_find, 0, -1, 0},
    {"rfind", str_rfind, 0, -1, 0},
    {"index", str_index, 0, -1, 0},
    {"rindex", str_rindex, 0, -1, 0},
    {"count", str_count, 0, -1, 0},
    {"startswith", str_startswith, 0, -1, 0},
    {"endswith", str_endswith, 0, -1, 0},
    {"replace", str_replace, 2, 3, 0},
    {"partition", str_partition, 1, 1, 0},
    {"rpartition", str_rpartition, 1, 1, 0},
    {"removeprefix", str_removeprefix, 1, 1, 0},
    {"removesuffix", str_removesuffix, 1, 1, 0},
    {NULL}};
