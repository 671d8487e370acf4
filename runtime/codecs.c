/* codecs.c - The codec registry (names and aliases), error handlers, and
 * the utf-8, ascii and latin-1 codecs. utf-16/32 are in codecs_utf16.c.
 *
 * UTF-8 decoding classifies malformed input exactly as CPython's decoder
 * does (stringlib/codecs.h): which bytes an error spans and its reason
 * ("invalid start byte", "invalid continuation byte", "unexpected end of
 * data") decide both the message and what 'replace' substitutes (one
 * U+FFFD per error). A str's own bytes are UTF-8 already, so encoding to
 * UTF-8 is a copy unless the str holds lone surrogates.
 */
#include "codecs.h"

#include <ctype.h>

#include "../vm/state.h"
#include "../vm/gc.h"
#include "bytes.h"

// ---- names -----------------------------------------------------------------------

enum { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1, CODEC_UTF16, CODEC_UTF16LE,
       CODEC_UTF16BE, CODEC_UTF32, CODEC_UTF32LE, CODEC_UTF32BE };

static const struct {
    const char *alias;
    int codec;
} aliases[] = {
    {"utf_8", CODEC_UTF8},        {"utf8", CODEC_UTF8},
    {"u8", CODEC_UTF8},           {"utf", CODEC_UTF8},
    {"utf8_ucs2", CODEC_UTF8},    {"utf8_ucs4", CODEC_UTF8},
    {"cp65001", CODEC_UTF8},      {"ascii", CODEC_ASCII},
    {"us_ascii", CODEC_ASCII},    {"646", CODEC_ASCII},
    {"us", CODEC_ASCII},          {"cp367", CODEC_ASCII},
    {"csascii", CODEC_ASCII},     {"ibm367", CODEC_ASCII},
    {"iso646_us", CODEC_ASCII},   {"iso_ir_6", CODEC_ASCII},
    {"ansi_x3.4_1968", CODEC_ASCII}, {"ansi_x3_4_1968", CODEC_ASCII},
    {"ansi_x3.4_1986", CODEC_ASCII}, {"iso_646.irv_1991", CODEC_ASCII},
    {"latin_1", CODEC_LATIN1},    {"latin1", CODEC_LATIN1},
    {"latin", CODEC_LATIN1},      {"l1", CODEC_LATIN1},
    {"iso8859_1", CODEC_LATIN1},  {"iso_8859_1", CODEC_LATIN1},
    {"iso8859", CODEC_LATIN1},    {"8859", CODEC_LATIN1},
    {"cp819", CODEC_LATIN1},      {"ibm819", CODEC_LATIN1},
    {"csisolatin1", CODEC_LATIN1}, {"iso_ir_100", CODEC_LATIN1},
    {"iso_8859_1_1987", CODEC_LATIN1},
    {"utf_16", CODEC_UTF16},      {"utf16", CODEC_UTF16},
    {"u16", CODEC_UTF16},         {"utf_16_le", CODEC_UTF16LE},
    {"utf_16le", CODEC_UTF16LE},  {"unicodelittleunmarked", CODEC_UTF16LE},
    {"utf_16_be", CODEC_UTF16BE}, {"utf_16be", CODEC_UTF16BE},
    {"unicodebigunmarked", CODEC_UTF16BE},
    {"utf_32", CODEC_UTF32},      {"utf32", CODEC_UTF32},
    {"u32", CODEC_UTF32},         {"utf_32_le", CODEC_UTF32LE},
    {"utf_32le", CODEC_UTF32LE},  {"utf_32_be", CODEC_UTF32BE},
    {"utf_32be", CODEC_UTF32BE},
};

static const char *const codec_names[] = {
    "utf-8", "ascii", "latin-1", "utf-16", "utf-16-le", "utf-16-be",
    "utf-32", "utf-32-le", "utf-32-be"};

// Names CPython's str.encode / bytes.decode handle without the codec
// registry (after normalisation); errors from other names come wrapped.
static const char *const fast_names[] = {
    "utf_8", "utf8", "utf_16", "utf16", "utf_32", "utf32", "ascii", "us_ascii",
    "latin1", "latin_1", "iso_8859_1", "iso8859_1", NULL};

// CPython's normalize_encoding: lower case, runs of other characters than
// letters, digits and '.' become one '_', none at either end. *fast tells
// whether the name is one of fast_names.
static int codec_lookup(GiltThread *ts, const char *name, bool *fast) {
    *fast = true;
    if (!name)
        return CODEC_UTF8;
    char norm[64];
    size_t n = 0;
    bool sep = false;
    for (const char *p = name; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (isalnum(c) || c == '.') {
            if (sep && n)
                norm[n++] = '_';
            sep = false;
            norm[n++] = (char)tolower(c);
        } else {
            sep = true;
        }
        if (n >= sizeof norm - 2)
            break;
    }
    norm[n] = 0;
    *fast = false;
    for (int i = 0; fast_names[i]; i++)
        *fast |= !strcmp(norm, fast_names[i]);
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
        if (!strcmp(norm, aliases[i].alias))
            return aliases[i].codec;
    gilt_raise(ts, GILT_EXC_LOOKUP_ERROR, "unknown encoding: %s", name);
    return -1;
}

void gilt_codec_ctx_init(GiltCodecCtx *c, const char *name,
                         const char *errors) {
    static const char *const modes[] = {
        "strict",          "ignore",          "replace",
        "backslashreplace", "surrogateescape", "surrogatepass",
        "xmlcharrefreplace", "namereplace"};
    c->name = name;
    c->size = 0;
    c->errors = errors ? errors : "strict";
    c->mode = GILT_ERR_UNKNOWN;
    for (int i = 0; i < (int)(sizeof modes / sizeof modes[0]); i++)
        if (!strcmp(c->errors, modes[i]))
            c->mode = (GiltErrMode)i;
}

// ---- error handlers -------------------------------------------------------------------

static bool unknown_handler(GiltThread *ts, GiltCodecCtx *c) {
    gilt_raise(ts, GILT_EXC_LOOKUP_ERROR, "unknown error handler name '%s'",
               c->errors);
    return false;
}

// UnicodeDecodeError with CPython's attributes: the input as bytes, the
// bad range, the reason (its str() is the familiar message).
static bool raise_decode(GiltThread *ts, GiltCodecCtx *c,
                         const unsigned char *data, size_t start, size_t end,
                         const char *reason) {
    Value obj = gilt_bytes_new(ts, (const char *)data, c->size);
    if (obj)
        gilt_raise_unicode_error(ts, true, c->name, obj, start, end, reason);
    return false;
}

bool gilt_codec_decode_error(GiltThread *ts, GiltCodecCtx *c, GiltStrBuf *out,
                             const unsigned char *data, size_t start,
                             size_t end, const char *reason) {
    switch (c->mode) {
    case GILT_ERR_IGNORE:
        return true;
    case GILT_ERR_REPLACE:
        return gilt_strbuf_append_codepoint(ts, out, 0xFFFD);
    case GILT_ERR_BACKSLASH:
        for (size_t i = start; i < end; i++)
            gilt_strbuf_printf(ts, out, "\\x%02x", data[i]);
        return !out->failed;
    case GILT_ERR_SURROGATEESCAPE:
        for (size_t i = start; i < end; i++)
            if (data[i] < 0x80)
                return raise_decode(ts, c, data, start, end, reason);
        for (size_t i = start; i < end; i++)
            gilt_strbuf_append_codepoint(ts, out, 0xDC00 + data[i]);
        return !out->failed;
    case GILT_ERR_XMLCHARREF:
    case GILT_ERR_NAMEREPLACE:
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "don't know how to handle UnicodeDecodeError in error "
                   "callback");
        return false;
    case GILT_ERR_UNKNOWN:
        return unknown_handler(ts, c);
    default:
        return raise_decode(ts, c, data, start, end, reason);
    }
}

static size_t raise_encode(GiltThread *ts, GiltCodecCtx *c, GiltStr *s,
                           size_t off, size_t start, size_t end,
                           const char *reason) {
    (void)off;
    gilt_raise_unicode_error(ts, false, c->name, OBJ_VAL(s), start, end,
                             reason);
    return 0;
}

// The replacement of one code point by backslashreplace, xmlcharrefreplace
// or replace.
static void encode_replacement(GiltThread *ts, GiltStrBuf *out, GiltErrMode m,
                               uint32_t ch) {
    if (m == GILT_ERR_REPLACE)
        gilt_strbuf_append_char(ts, out, '?');
    else if (m == GILT_ERR_XMLCHARREF)
        gilt_strbuf_printf(ts, out, "&#%u;", ch);
    else if (ch <= 0xFF)
        gilt_strbuf_printf(ts, out, "\\x%02x", ch);
    else if (ch <= 0xFFFF)
        gilt_strbuf_printf(ts, out, "\\u%04x", ch);
    else
        gilt_strbuf_printf(ts, out, "\\U%08x", ch);
}

// surrogateescape: escaped bytes (U+DC80..U+DCFF) go out as themselves;
// surrogatepass (utf-8 only): surrogates keep their UTF-8 form. The first
// code point the handler cannot take is an error from there to the end.
static size_t encode_surrogates(GiltThread *ts, GiltCodecCtx *c,
                                GiltStrBuf *out, GiltStr *s, size_t off,
                                size_t start, size_t end, const char *reason) {
    bool pass = c->mode == GILT_ERR_SURROGATEPASS;
    if (pass && strcmp(c->name, "utf-8") != 0)
        return raise_encode(ts, c, s, off, start, end, reason);
    size_t pos = off;
    for (size_t i = start; i < end; i++) {
        size_t here = pos;
        uint32_t ch = gilt_utf8_decode(s->data, &pos);
        if (pass ? ch < 0xD800 || ch > 0xDFFF : ch < 0xDC80 || ch > 0xDCFF)
            return raise_encode(ts, c, s, here, i, end, reason);
        if (pass)
            gilt_strbuf_append(ts, out, s->data + here, pos - here);
        else
            gilt_strbuf_append_char(ts, out, (char)(ch - 0xDC00));
    }
    return out->failed ? 0 : pos;
}

size_t gilt_codec_encode_error(GiltThread *ts, GiltCodecCtx *c,
                               GiltStrBuf *out, GiltStr *s, size_t off,
                               size_t start, size_t end, const char *reason) {
    size_t pos = off;
    switch (c->mode) {
    case GILT_ERR_IGNORE:
    case GILT_ERR_REPLACE:
    case GILT_ERR_BACKSLASH:
    case GILT_ERR_XMLCHARREF:
    case GILT_ERR_NAMEREPLACE:
        for (size_t i = start; i < end; i++) {
            uint32_t ch = gilt_utf8_decode(s->data, &pos);
            if (c->mode != GILT_ERR_IGNORE)
                encode_replacement(ts, out, c->mode, ch);
        }
        return out->failed ? 0 : pos;
    case GILT_ERR_SURROGATEESCAPE:
    case GILT_ERR_SURROGATEPASS:
        return encode_surrogates(ts, c, out, s, off, start, end, reason);
    case GILT_ERR_UNKNOWN:
        unknown_handler(ts, c);
        return 0;
    default:
        return raise_encode(ts, c, s, off, start, end, reason);
    }
}

// ---- utf-8 ---------------------------------------------------------------------------

// The length of the well-formed UTF-8 sequence at [p] ([n] bytes left), or
// the negated length of the error: 1 byte for a bad start, k for a bad
// continuation after k bytes; *end_of_data is set when the input stops
// inside a sequence (the error then spans to the end).
static int utf8_seq(const unsigned char *p, size_t n, bool *end_of_data) {
    unsigned char c = p[0];
    *end_of_data = false;
    if (c < 0x80)
        return 1;
    int len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
              : c >= 0xF0 && c <= 0xF4                           ? 4
                                                                 : 0;
    if (!len)
        return -1;
    for (int i = 1; i < len; i++) {
        if ((size_t)i >= n) {
            *end_of_data = true;
            return -(int)n;
        }
        unsigned char b = p[i];
        bool ok = (b & 0xC0) == 0x80;
        if (i == 1 && ok)
            ok = c == 0xE0 ? b >= 0xA0 : c == 0xED ? b < 0xA0
                 : c == 0xF0 ? b >= 0x90 : c == 0xF4 ? b < 0x90 : true;
        if (!ok)
            return -i;
    }
    return len;
}

// An encoded surrogate (ED A0..BF 80..BF), for surrogatepass.
static bool utf8_surrogate(const unsigned char *p, size_t n) {
    return n >= 3 && p[0] == 0xED && p[1] >= 0xA0 && p[1] <= 0xBF &&
           (p[2] & 0xC0) == 0x80;
}

static size_t ascii_prefix(const unsigned char *d, size_t n) {
    size_t i = 0;
    for (uint64_t w; i + 8 <= n; i += 8) {
        memcpy(&w, d + i, 8);
        if (w & 0x8080808080808080ull)
            break;
    }
    while (i < n && d[i] < 0x80)
        i++;
    return i;
}

// The length in code points of well-formed UTF-8 [d] ([n] bytes), or -1
// (with *bad at the first problem) when it is not well-formed.
static int64_t utf8_valid_count(const unsigned char *d, size_t n, size_t *bad) {
    size_t pos = ascii_prefix(d, n), len = pos;
    for (bool eod; pos < n; len++) {
        if (d[pos] < 0x80) {
            pos++;
            continue;
        }
        int k = utf8_seq(d + pos, n - pos, &eod);
        if (k <= 0) {
            *bad = pos;
            return -1;
        }
        pos += (size_t)k;
    }
    return (int64_t)len;
}

static const char *utf8_reason(const unsigned char *d, int k, bool eod) {
    if (eod)
        return "unexpected end of data";
    return k == -1 && !(d[0] >= 0xC2 && d[0] <= 0xF4) ? "invalid start byte"
                                                       : "invalid continuation "
                                                         "byte";
}

// Decoding from the first malformed byte at [pos] on, through the error
// handler.
static Value utf8_decode_slow(GiltThread *ts, const char *data, size_t size,
                              size_t pos, const char *errors) {
    const unsigned char *d = (const unsigned char *)data;
    GiltCodecCtx c;
    gilt_codec_ctx_init(&c, "utf-8", errors);
    c.size = size;
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    size_t run = 0;
    while (pos < size) {
        bool eod;
        int k = utf8_seq(d + pos, size - pos, &eod);
        if (k > 0) {
            pos += (size_t)k;
            continue;
        }
        gilt_strbuf_append(ts, &b, data + run, pos - run);
        run = pos;
        if (c.mode == GILT_ERR_SURROGATEPASS && utf8_surrogate(d + pos, size - pos)) {
            pos += 3;
            continue;
        }
        size_t end = eod ? size : pos + (size_t)-k;
        if (!gilt_codec_decode_error(ts, &c, &b, d, pos, end,
                                     utf8_reason(d + pos, k, eod))) {
            gilt_strbuf_free(ts, &b);
            return VAL_NULL;
        }
        run = pos = end;
    }
    gilt_strbuf_append(ts, &b, data + run, pos - run);
    return gilt_strbuf_finish(ts, &b);
}

Value gilt_codec_utf8_decode(GiltThread *ts, const char *data, size_t size,
                             const char *errors) {
    size_t bad = 0;
    // Well-formed input (the usual case) becomes the str in one copy.
    int64_t len = utf8_valid_count((const unsigned char *)data, size, &bad);
    if (len >= 0)
        return gilt_str_new_known(ts, data, size, (size_t)len,
                                  (size_t)len == size);
    return utf8_decode_slow(ts, data, size, bad, errors);
}

// Offset of the first encoded surrogate in [s] at or after [from], or size.
static size_t find_surrogate(GiltStr *s, size_t from) {
    const unsigned char *d = (const unsigned char *)s->data;
    for (const unsigned char *p = d + from;
         (p = memchr(p, 0xED, s->size - (size_t)(p - d))); p++)
        if (p[1] >= 0xA0)
            return (size_t)(p - d);
    return s->size;
}

static Value utf8_encode(GiltThread *ts, GiltStr *s, const char *errors) {
    size_t at = s->ascii ? s->size : find_surrogate(s, 0);
    if (at == s->size)
        return gilt_bytes_new(ts, s->data, s->size);
    GiltCodecCtx c;
    gilt_codec_ctx_init(&c, "utf-8", errors);
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    size_t pos = 0, index = 0;
    while (at < s->size) {
        gilt_strbuf_append(ts, &b, s->data + pos, at - pos);
        index += gilt_utf8_count(s->data + pos, at - pos);
        size_t end = at, n = 0;
        while (end < s->size && (unsigned char)s->data[end] == 0xED &&
               (unsigned char)s->data[end + 1] >= 0xA0)
            end += 3, n++;
        pos = gilt_codec_encode_error(ts, &c, &b, s, at, index, index + n,
                                      "surrogates not allowed");
        if (!pos) {
            gilt_strbuf_free(ts, &b);
            return VAL_NULL;
        }
        index += n;
        at = find_surrogate(s, pos);
    }
    gilt_strbuf_append(ts, &b, s->data + pos, s->size - pos);
    Value r = b.failed ? VAL_NULL : gilt_bytes_new(ts, b.data, b.size);
    gilt_strbuf_free(ts, &b);
    return r;
}

// ---- ascii, latin-1 ----------------------------------------------------------------------

static Value charmap_decode(GiltThread *ts, const unsigned char *d, size_t n,
                            bool latin1, const char *errors) {
    size_t pos = ascii_prefix(d, n);
    if (pos == n)
        return gilt_str_new_known(ts, (const char *)d, n, n, true);
    GiltCodecCtx c;
    gilt_codec_ctx_init(&c, "ascii", errors);
    c.size = n;
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    gilt_strbuf_append(ts, &b, (const char *)d, pos);
    for (; pos < n; pos++) {
        if (d[pos] < 0x80 || latin1) {
            gilt_strbuf_append_codepoint(ts, &b, d[pos]);
        } else if (!gilt_codec_decode_error(ts, &c, &b, d, pos, pos + 1,
                                            "ordinal not in range(128)")) {
            gilt_strbuf_free(ts, &b);
            return VAL_NULL;
        }
    }
    return gilt_strbuf_finish(ts, &b);
}

static Value charmap_encode(GiltThread *ts, GiltStr *s, uint32_t limit,
                            const char *errors) {
    if (s->ascii)
        return gilt_bytes_new(ts, s->data, s->size);
    GiltCodecCtx c;
    gilt_codec_ctx_init(&c, limit == 0x7F ? "ascii" : "latin-1", errors);
    const char *reason = limit == 0x7F ? "ordinal not in range(128)"
                                       : "ordinal not in range(256)";
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    size_t pos = 0, index = 0;
    while (pos < s->size) {
        size_t at = pos;
        uint32_t ch = gilt_utf8_decode(s->data, &pos);
        if (ch <= limit) {
            gilt_strbuf_append_char(ts, &b, (char)ch);
            index++;
            continue;
        }
        // The whole run of unencodable code points is one error.
        size_t end = index + 1, next = pos;
        while (next < s->size) {
            size_t q = next;
            if (gilt_utf8_decode(s->data, &q) <= limit)
                break;
            next = q;
            end++;
        }
        pos = gilt_codec_encode_error(ts, &c, &b, s, at, index, end, reason);
        if (!pos) {
            gilt_strbuf_free(ts, &b);
            return VAL_NULL;
        }
        index = end;
    }
    Value r = b.failed ? VAL_NULL : gilt_bytes_new(ts, b.data, b.size);
    gilt_strbuf_free(ts, &b);
    return r;
}

// ---- entry points -----------------------------------------------------------------------

// CPython reports a LookupError (an unknown error handler) from a codec
// reached through the registry as "encoding with 'x' codec failed (...)".
static Value wrap_lookup_error(GiltThread *ts, Value r, bool fast,
                               const char *verb, const char *name) {
    if (r || fast || !gilt_exc_matches(ts, GILT_EXC_LOOKUP_ERROR))
        return r;
    Value exc = gilt_exc_fetch(ts);
    gilt_gc_push_root(ts, exc);
    Value msg = gilt_str(ts, exc);
    gilt_gc_pop_root(ts);
    if (!msg)
        return VAL_NULL;
    return gilt_raise(ts, GILT_EXC_LOOKUP_ERROR,
                      "%s with '%s' codec failed (LookupError: %U)", verb, name,
                      AS_STR(msg));
}

static Value decode_with(GiltThread *ts, int codec, const char *data,
                         size_t size, const char *errors) {
    const unsigned char *d = (const unsigned char *)data;
    GiltCodecCtx c;
    switch (codec) {
    case -1:
        return VAL_NULL;
    case CODEC_UTF8:
        return gilt_codec_utf8_decode(ts, data, size, errors);
    case CODEC_ASCII:
    case CODEC_LATIN1:
        return charmap_decode(ts, d, size, codec == CODEC_LATIN1, errors);
    default:
        gilt_codec_ctx_init(&c, codec_names[codec], errors);
        return gilt_codec_utf16_decode(
            ts, &c, d, size, codec >= CODEC_UTF32 ? 4 : 2,
            (codec - CODEC_UTF16) % 3 == 1 ? -1
            : (codec - CODEC_UTF16) % 3 == 2 ? 1 : 0);
    }
}

static Value encode_with(GiltThread *ts, int codec, GiltStr *s,
                         const char *errors) {
    GiltCodecCtx c;
    switch (codec) {
    case -1:
        return VAL_NULL;
    case CODEC_UTF8:
        return utf8_encode(ts, s, errors);
    case CODEC_ASCII:
        return charmap_encode(ts, s, 0x7F, errors);
    case CODEC_LATIN1:
        return charmap_encode(ts, s, 0xFF, errors);
    default:
        gilt_codec_ctx_init(&c, codec_names[codec], errors);
        return gilt_codec_utf16_encode(
            ts, &c, s, codec >= CODEC_UTF32 ? 4 : 2,
            (codec - CODEC_UTF16) % 3 == 1 ? -1
            : (codec - CODEC_UTF16) % 3 == 2 ? 1 : 0);
    }
}

Value gilt_codec_decode(GiltThread *ts, const char *data, size_t size,
                        const char *encoding, const char *errors) {
    bool fast;
    int codec = codec_lookup(ts, encoding, &fast);
    if (codec < 0)
        return VAL_NULL;
    return wrap_lookup_error(ts, decode_with(ts, codec, data, size, errors),
                             fast, "decoding", encoding);
}

Value gilt_codec_encode(GiltThread *ts, GiltStr *s, const char *encoding,
                        const char *errors) {
    bool fast;
    int codec = codec_lookup(ts, encoding, &fast);
    if (codec < 0)
        return VAL_NULL;
    return wrap_lookup_error(ts, encode_with(ts, codec, s, errors), fast,
                             "encoding", encoding);
}
