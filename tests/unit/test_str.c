/* test_str.c - str at C level: creation, interning, hashing, UTF-8,
 * repr, the f-string helpers, a few methods, codecs, the Unicode tables
 * and the byte-search primitives.
 */
#include <criterion/criterion.h>
#include <stdlib.h>

#include "../../runtime/bytes.h"
#include "../../runtime/codecs.h"
#include "../../runtime/slice.h"
#include "../../runtime/str.h"
#include "../../runtime/stringlib.h"
#include "../../runtime/tuple.h"
#include "../../runtime/unicode.h"
#include "../../vm/gc.h"

static GiltThread *ts;
static GiltVM *vm;

static void setup(void) {
    vm = gilt_state_new(NULL, &ts);
    cr_assert(vm);
}

static void teardown(void) {
    gilt_state_free(vm);
}

TestSuite(str, .init = setup, .fini = teardown);

static GiltStr *S(const char *c) {
    Value v = gilt_str_from_cstr(ts, c);
    cr_assert(v);
    return AS_STR(v);
}

static bool text_is(Value v, const char *c) {
    return v && gilt_str_eq_cstr(AS_STR(v), c);
}

Test(str, creation_counts_code_points) {
    GiltStr *a = S("hello"), *u = S("h\xc3\xa9llo \xf0\x9f\x98\x80");
    cr_assert_eq(a->len, 5);
    cr_assert(a->ascii);
    cr_assert_eq(u->size, 11);
    cr_assert_eq(u->len, 7);
    cr_assert(!u->ascii);
    cr_assert_eq(a->data[a->size], 0);
    cr_assert_eq(gilt_str_from_cstr(ts, ""), vm->empty_str);
    // One-character strs below 256 come from the cache.
    cr_assert_eq(gilt_str_new(ts, "x", 1), gilt_str_new(ts, "x", 1));
    cr_assert_eq(gilt_str_from_codepoint(ts, 0xE9), gilt_str_from_codepoint(ts, 0xE9));
    Value k = gilt_str_new_known(ts, "ab\xc3\xa9", 4, 3, false);
    cr_assert_eq(AS_STR(k)->len, 3);
}

Test(str, interning_is_unique) {
    GiltStr *a = gilt_str_intern_cstr(ts, "some_name");
    GiltStr *b = gilt_str_intern(ts, S("some_name"));
    cr_assert_eq(a, b);
    cr_assert(a->interned);
    cr_assert_eq(gilt_str_intern_n(ts, "some_name_x", 9), a);
    cr_assert_neq(gilt_str_intern_cstr(ts, "other"), a);
}

Test(str, hashing_is_by_content) {
    GiltStr *a = S("abc"), *b = AS_STR(gilt_str_concat(ts, S("a"), S("bc")));
    cr_assert_neq(a, b);
    cr_assert_eq(gilt_str_hash(a), gilt_str_hash(b));
    cr_assert(gilt_str_eq(a, b));
    cr_assert_neq(gilt_str_hash(a), -1);
    Value bytes = gilt_bytes_new(ts, "abc", 3);
    cr_assert_eq(gilt_bytes_hash(AS_BYTES(bytes)), gilt_str_hash(a));
}

Test(str, compare_is_code_point_order) {
    cr_assert_lt(gilt_str_cmp(S("a"), S("b")), 0);
    cr_assert_lt(gilt_str_cmp(S("ab"), S("abc")), 0);
    cr_assert_gt(gilt_str_cmp(S("\xc3\xa9"), S("z")), 0);
    cr_assert_gt(gilt_str_cmp(S("\xf0\x9f\x98\x80"), S("\xef\xbf\xbf")), 0);
    cr_assert_eq(gilt_str_cmp(S("same"), S("same")), 0);
}

Test(str, utf8_helpers) {
    const uint32_t cps[] = {0, 0x7F, 0x80, 0x7FF, 0x800, 0xD800, 0xFFFF,
                            0x10000, 0x10FFFF};
    for (size_t i = 0; i < sizeof cps / sizeof cps[0]; i++) {
        char buf[4];
        int n = gilt_utf8_encode(cps[i], buf);
        size_t pos = 0;
        cr_assert_eq(gilt_utf8_decode(buf, &pos), cps[i]);
        cr_assert_eq(pos, (size_t)n);
    }
    const char *t = "a\xc3\xa9" "bcdefghijk\xe2\x82\xac";
    cr_assert_eq(gilt_utf8_count(t, strlen(t)), 13);
    cr_assert_eq(gilt_utf8_skip(t, strlen(t), 2), 3);
    cr_assert_eq(gilt_utf8_skip(t, strlen(t), 12), 13);
    cr_assert_eq(gilt_utf8_skip(t, strlen(t), 100), strlen(t));
    GiltStr *u = S(t);
    cr_assert_eq(gilt_str_offset(u, 12), 13);
}

Test(str, decode_utf8_errors) {
    Value v = gilt_str_decode_utf8(ts, "ok\xe2\x82(", 5, NULL);
    cr_assert_null((void *)v);
    cr_assert(gilt_exc_matches(ts, GILT_EXC_UNICODE_DECODE_ERROR));
    Value msg = gilt_str(ts, gilt_exc_fetch(ts));
    cr_assert(text_is(msg, "'utf-8' codec can't decode bytes in position 2-3: "
                           "invalid continuation byte"));
    v = gilt_str_decode_utf8(ts, "ok\xe2\x82(", 5, "replace");
    cr_assert(text_is(v, "ok\xef\xbf\xbd("));
    v = gilt_str_decode_utf8(ts, "\xff", 1, "surrogateescape");
    cr_assert(text_is(v, "\xed\xb3\xbf")); // U+DCFF, kept as generalised UTF-8
}

Test(str, repr_quotes_and_escapes) {
    cr_assert(text_is(gilt_str_repr(ts, S("it's")), "\"it's\""));
    cr_assert(text_is(gilt_str_repr(ts, S("a\n\x01")), "'a\\n\\x01'"));
    cr_assert(text_is(gilt_str_repr(ts, S("'\"")), "'\\'\"'"));
    cr_assert(text_is(gilt_str_repr(ts, S("\xc3\xa9")), "'\xc3\xa9'"));
    cr_assert(text_is(gilt_str_repr(ts, S("\xe2\x80\xa8")), "'\\u2028'"));
}

Test(str, join_values_and_repeat) {
    Value parts[3] = {OBJ_VAL(S("ab")), OBJ_VAL(S("\xc3\xa9")), OBJ_VAL(S(""))};
    Value r = gilt_str_join_values(ts, parts, 3);
    cr_assert(text_is(r, "ab\xc3\xa9"));
    cr_assert_eq(AS_STR(r)->len, 3);
    cr_assert(!AS_STR(r)->ascii);
    cr_assert_eq(gilt_str_join_values(ts, parts, 0), vm->empty_str);
    r = gilt_str_repeat(ts, S("ab"), 3);
    cr_assert(text_is(r, "ababab"));
    cr_assert_eq(gilt_str_repeat(ts, S("ab"), -1), vm->empty_str);
    r = gilt_str_join(ts, S(", "), OBJ_VAL(S("xyz")));
    cr_assert(text_is(r, "x, y, z"));
}

Test(str, getitem_indexes_and_slices) {
    GiltStr *u = S("a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80");
    cr_assert(text_is(gilt_str_getitem(ts, u, INT_VAL(1)), "\xc3\xa9"));
    cr_assert(text_is(gilt_str_getitem(ts, u, INT_VAL(-1)), "\xf0\x9f\x98\x80"));
    Value sl = gilt_slice_new(ts, VAL_NONE, VAL_NONE, INT_VAL(-1));
    cr_assert(text_is(gilt_str_getitem(ts, u, sl),
                      "\xf0\x9f\x98\x80\xe2\x82\xac\xc3\xa9" "a"));
    sl = gilt_slice_new(ts, INT_VAL(1), INT_VAL(3), VAL_NONE);
    cr_assert(text_is(gilt_str_getitem(ts, u, sl), "\xc3\xa9\xe2\x82\xac"));
    cr_assert_null((void *)gilt_str_getitem(ts, u, INT_VAL(4)));
    cr_assert(gilt_exc_matches(ts, GILT_EXC_INDEX_ERROR));
    gilt_exc_clear(ts);
    cr_assert(gilt_str_contains(u, S("\xe2\x82\xac")));
    cr_assert(!gilt_str_contains(u, S("b")));
}

Test(str, format_value_like_fstrings) {
    cr_assert(text_is(gilt_str_format_value(ts, INT_VAL(42), 0, VAL_NULL), "42"));
    Value s = OBJ_VAL(S("ab"));
    cr_assert_eq(gilt_str_format_value(ts, s, 0, VAL_NULL), s);
    cr_assert(text_is(gilt_str_format_value(ts, s, 'r', VAL_NULL), "'ab'"));
    cr_assert(text_is(gilt_str_format_value(ts, s, 0, OBJ_VAL(S(">4"))), "  ab"));
    cr_assert(text_is(gilt_str_format_value(ts, s, 'r', OBJ_VAL(S("*^6"))),
                      "*'ab'*"));
    cr_assert(text_is(gilt_str_format_value(ts, OBJ_VAL(S("\xc3\xa9")), 'a', VAL_NULL),
                      "'\\xe9'"));
}

Test(str, percent_formatting) {
    Value fmt = OBJ_VAL(S("%s=%05d|%-4x|%c"));
    Value args = OBJ_VAL(gilt_tuple_from(
        ts, (Value[]){OBJ_VAL(S("k")), INT_VAL(-42), INT_VAL(255), INT_VAL(0xE9)}, 4));
    cr_assert(text_is(gilt_str_mod(ts, fmt, args), "k=-0042|ff  |\xc3\xa9"));
    cr_assert_null((void *)gilt_str_mod(ts, OBJ_VAL(S("%s %s")), INT_VAL(1)));
    cr_assert(gilt_exc_matches(ts, GILT_EXC_TYPE_ERROR));
}

Test(str, codecs_round_trip_and_errors) {
    GiltStr *u = S("a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80");
    const char *encs[] = {"utf-8", "UTF8", "utf-16", "utf-16-be", "utf-32-le"};
    for (size_t i = 0; i < sizeof encs / sizeof encs[0]; i++) {
        Value b = gilt_codec_encode(ts, u, encs[i], NULL);
        cr_assert(b, "%s", encs[i]);
        Value back = gilt_codec_decode(ts, AS_BYTES(b)->data, AS_BYTES(b)->size,
                                       encs[i], NULL);
        cr_assert(back && gilt_str_eq(AS_STR(back), u), "%s", encs[i]);
    }
    cr_assert_null((void *)gilt_codec_encode(ts, u, "latin-1", NULL));
    cr_assert(gilt_exc_matches(ts, GILT_EXC_UNICODE_ENCODE_ERROR));
    gilt_exc_clear(ts);
    Value r = gilt_codec_encode(ts, u, "ascii", "backslashreplace");
    cr_assert(r && AS_BYTES(r)->size == 1 + 4 + 6 + 10);
    cr_assert_null((void *)gilt_codec_decode(ts, "x", 1, "no-such-codec", NULL));
    cr_assert(gilt_exc_matches(ts, GILT_EXC_LOOKUP_ERROR));
}

Test(str, unicode_properties) {
    cr_assert(gilt_unicode_isalpha(0xE9) && !gilt_unicode_isalpha('1'));
    cr_assert(gilt_unicode_isspace(0x3000) && gilt_unicode_isspace(0x1C));
    cr_assert(!gilt_unicode_isspace(0x200B));
    cr_assert_eq(gilt_unicode_decimal(0x0663), 3);
    cr_assert_eq(gilt_unicode_decimal(0xB2), -1);
    cr_assert(gilt_unicode_isdigit(0xB2) && gilt_unicode_isnumeric(0xBD));
    cr_assert_eq(gilt_unicode_toupper(0xFF), 0x178);
    cr_assert_eq(gilt_unicode_tolower(0x130), 'i');
    uint32_t out[3];
    cr_assert_eq(gilt_unicode_upper_full(0xDF, out), 2);
    cr_assert(out[0] == 'S' && out[1] == 'S');
    cr_assert_eq(gilt_unicode_casefold_full(0x13F8, out), 1);
    cr_assert_eq(out[0], 0x13F0);
    cr_assert(gilt_unicode_istitle(0x1C5) && !gilt_unicode_isupper(0x1C5));
    cr_assert(gilt_unicode_isprintable(0x1F600) && !gilt_unicode_isprintable(0xD800));
    cr_assert(gilt_unicode_isidstart('_') && !gilt_unicode_isidstart('1'));
    cr_assert(gilt_unicode_isidcontinue(0x0301));
}

// The byte searches against a naive scan on random strings over a tiny
// alphabet (many partial matches).
static int64_t naive_find(const char *h, size_t n, const char *s, size_t m,
                          bool right) {
    if (m > n)
        return -1;
    for (size_t k = 0; k <= n - m; k++) {
        size_t i = right ? n - m - k : k;
        if (memcmp(h + i, s, m) == 0)
            return (int64_t)i;
    }
    return -1;
}

Test(str, stringlib_matches_naive_search) {
    srand(1234);
    char hay[300], needle[20];
    for (int round = 0; round < 3000; round++) {
        size_t n = (size_t)rand() % sizeof hay, m = 1 + (size_t)rand() % 18;
        for (size_t i = 0; i < n; i++)
            hay[i] = "ab"[rand() % 2];
        for (size_t i = 0; i < m; i++)
            needle[i] = "ab"[rand() % 2];
        cr_assert_eq(gilt_stringlib_find(hay, n, needle, m),
                     naive_find(hay, n, needle, m, false));
        cr_assert_eq(gilt_stringlib_rfind(hay, n, needle, m),
                     naive_find(hay, n, needle, m, true));
        size_t count = 0;
        for (size_t i = 0; i + m <= n;) {
            int64_t r = naive_find(hay + i, n - i, needle, m, false);
            if (r < 0)
                break;
            count++;
            i += (size_t)r + m;
        }
        cr_assert_eq(gilt_stringlib_count(hay, n, needle, m, SIZE_MAX), count);
    }
}
