/* codecs_utf16.c - The utf-16 and utf-32 codecs (little- and big-endian,
 * and the BOM-marked forms that encode natively and detect on decode).
 */
#include "codecs.h"

#include "../vm/state.h"
#include "bytes.h"

static bool host_little(void) {
    const uint16_t one = 1;
    return *(const unsigned char *)&one == 1;
}

static uint32_t read_unit(const unsigned char *p, int width, bool little) {
    uint32_t v = 0;
    for (int i = 0; i < width; i++)
        v |= (uint32_t)p[little ? i : width - 1 - i] << (8 * i);
    return v;
}

static void write_unit(GiltThread *ts, GiltStrBuf *b, uint32_t v, int width,
                       bool little) {
    char out[4];
    for (int i = 0; i < width; i++)
        out[little ? i : width - 1 - i] = (char)(v >> (8 * i));
    gilt_strbuf_append(ts, b, out, (size_t)width);
}

// One code point of UTF-16 at [pos]: its value and byte length, or 0 with
// *reason and *len (the bytes the error spans).
static uint32_t utf16_next(const unsigned char *d, size_t n, size_t pos,
                           bool little, size_t *len, const char **reason) {
    if (n - pos < 2) {
        *len = n - pos;
        *reason = "truncated data";
        return 0;
    }
    uint32_t u = read_unit(d + pos, 2, little);
    *len = 2;
    if (u < 0xD800 || u > 0xDFFF)
        return u == 0 ? 0x110000 : u; // 0x110000 stands for U+0000
    if (u >= 0xDC00) {
        *reason = "illegal encoding";
        return 0;
    }
    if (n - pos < 4) {
        *len = n - pos;
        *reason = n - pos == 2 ? "unexpected end of data" : "truncated data";
        return 0;
    }
    uint32_t lo = read_unit(d + pos + 2, 2, little);
    if (lo < 0xDC00 || lo > 0xDFFF) {
        *reason = "illegal UTF-16 surrogate";
        return 0;
    }
    *len = 4;
    return 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
}

static uint32_t utf32_next(const unsigned char *d, size_t n, size_t pos,
                           bool little, size_t *len, const char **reason) {
    *len = n - pos < 4 ? n - pos : 4;
    if (n - pos < 4) {
        *reason = "truncated data";
        return 0;
    }
    uint32_t u = read_unit(d + pos, 4, little);
    if (u > 0x10FFFF) {
        *reason = "code point not in range(0x110000)";
        return 0;
    }
    if (u >= 0xD800 && u <= 0xDFFF) {
        *reason = "code point in surrogate code point range(0xd800, 0xe000)";
        return 0;
    }
    return u == 0 ? 0x110000 : u;
}

Value gilt_codec_utf16_decode(GiltThread *ts, GiltCodecCtx *c,
                              const unsigned char *d, size_t n, int width,
                              int order) {
    bool little = order < 0 || (order == 0 && host_little());
    size_t pos = 0;
    c->size = n;
    if (order == 0 && n >= (size_t)width) {
        uint32_t bom = read_unit(d, width, true);
        if (bom == 0xFEFF)
            little = true, pos = (size_t)width;
        else if (bom == (width == 2 ? 0xFFFEu : 0xFFFE0000u))
            little = false, pos = (size_t)width;
    }
    if (order == 0)
        c->name = width == 2 ? (little ? "utf-16-le" : "utf-16-be")
                             : (little ? "utf-32-le" : "utf-32-be");
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    while (pos < n) {
        size_t len;
        const char *reason = NULL;
        uint32_t cp = width == 2 ? utf16_next(d, n, pos, little, &len, &reason)
                                 : utf32_next(d, n, pos, little, &len, &reason);
        if (cp) {
            gilt_strbuf_append_codepoint(ts, &b, cp == 0x110000 ? 0 : cp);
        } else if (!gilt_codec_decode_error(ts, c, &b, d, pos, pos + len,
                                            reason)) {
            gilt_strbuf_free(ts, &b);
            return VAL_NULL;
        }
        pos += len;
    }
    return gilt_strbuf_finish(ts, &b);
}

static void write_cp(GiltThread *ts, GiltStrBuf *b, uint32_t cp, int width,
                     bool little) {
    if (width == 4 || cp < 0x10000) {
        write_unit(ts, b, cp, width, little);
        return;
    }
    cp -= 0x10000;
    write_unit(ts, b, 0xD800 + (cp >> 10), 2, little);
    write_unit(ts, b, 0xDC00 + (cp & 0x3FF), 2, little);
}

// Encode [s] from code point [index] at byte [pos], with error handling
// of lone surrogates, into [b].
static bool encode_units(GiltThread *ts, GiltCodecCtx *c, GiltStrBuf *b,
                         GiltStr *s, int width, bool little) {
    size_t pos = 0, index = 0;
    while (pos < s->size) {
        size_t at = pos;
        uint32_t cp = gilt_utf8_decode(s->data, &pos);
        bool surrogate = cp >= 0xD800 && cp <= 0xDFFF;
        if (!surrogate || c->mode == GILT_ERR_SURROGATEPASS) {
            write_cp(ts, b, cp, width, little);
            index++;
            continue;
        }
        // CPython reports each lone surrogate on its own here.
        GiltStrBuf rep;
        gilt_strbuf_init(&rep);
        pos = gilt_codec_encode_error(ts, c, &rep, s, at, index, index + 1,
                                      "surrogates not allowed");
        if (!pos) {
            gilt_strbuf_free(ts, &rep);
            return false;
        }
        // Replacement text is ASCII (or escaped bytes); widen each byte.
        for (size_t i = 0; i < rep.size; i++)
            write_unit(ts, b, (unsigned char)rep.data[i], width, little);
        gilt_strbuf_free(ts, &rep);
        index++;
    }
    return !b->failed;
}

Value gilt_codec_utf16_encode(GiltThread *ts, GiltCodecCtx *c, GiltStr *s,
                              int width, int order) {
    bool little = order < 0 || (order == 0 && host_little());
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    if (order == 0)
        write_unit(ts, &b, 0xFEFF, width, little);
    if (!encode_units(ts, c, &b, s, width, little)) {
        gilt_strbuf_free(ts, &b);
        return VAL_NULL;
    }
    Value r = gilt_bytes_new(ts, b.data, b.size);
    gilt_strbuf_free(ts, &b);
    return r;
}
