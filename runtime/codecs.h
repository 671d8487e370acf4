/* codecs.h - Text encodings: str.encode, bytes.decode, str(b, enc).
 *
 * Built in: utf-8, ascii, latin-1, utf-16 and utf-32 (with -le/-be
 * variants), under CPython's usual aliases ("utf8", "UTF-8", "latin1",
 * "iso-8859-1", ...). Error handlers: strict, ignore, replace,
 * backslashreplace, surrogateescape, surrogatepass, xmlcharrefreplace
 * (encode only) and namereplace (encode; without the Unicode name
 * database it writes backslash escapes). An unknown handler is only
 * reported when an error needs it, as in CPython.
 */
#ifndef GILT_CODECS_H
#define GILT_CODECS_H

#include "str.h"

// Decode [size] bytes at [data] with [encoding] (NULL: utf-8) and
// [errors] (NULL: strict). New str, or VAL_NULL with LookupError
// ("unknown encoding: x"), UnicodeDecodeError (CPython's message), ...
Value gilt_codec_decode(GiltThread *ts, const char *data, size_t size,
                        const char *encoding, const char *errors);
// Encode [s]; new bytes or VAL_NULL (UnicodeEncodeError, LookupError).
Value gilt_codec_encode(GiltThread *ts, GiltStr *s, const char *encoding,
                        const char *errors);
// UTF-8 decoding alone (gilt_str_decode_utf8 uses it).
Value gilt_codec_utf8_decode(GiltThread *ts, const char *data, size_t size,
                             const char *errors);

// ---- for the codec implementations (codecs.c, codecs_utf16.c) ----------------------

typedef enum {
    GILT_ERR_STRICT,
    GILT_ERR_IGNORE,
    GILT_ERR_REPLACE,
    GILT_ERR_BACKSLASH,
    GILT_ERR_SURROGATEESCAPE,
    GILT_ERR_SURROGATEPASS,
    GILT_ERR_XMLCHARREF,
    GILT_ERR_NAMEREPLACE,
    GILT_ERR_UNKNOWN,
} GiltErrMode;

// One decode or encode call: the codec's name for messages and the error
// handler.
typedef struct GiltCodecCtx {
    const char *name;   // "utf-8", "utf-16-le", ...
    const char *errors; // handler name as given
    GiltErrMode mode;
    size_t size; // decoding: bytes of input (for UnicodeDecodeError.object)
} GiltCodecCtx;

void gilt_codec_ctx_init(GiltCodecCtx *c, const char *name,
                         const char *errors);
// Handle undecodable bytes [start, end) of [data] into [out]: appends the
// replacement and returns true, or raises (strict, unknown handler, a
// handler that cannot apply) and returns false.
bool gilt_codec_decode_error(GiltThread *ts, GiltCodecCtx *c, GiltStrBuf *out,
                             const unsigned char *data, size_t start,
                             size_t end, const char *reason);
// Handle unencodable code points [start, end) (indices) of [s], whose
// first byte is at [off], into [out] (bytes). [limit] is the largest code
// point the codec itself can write (for surrogateescape output).
// Returns the byte offset after the handled range, or 0 with an exception.
size_t gilt_codec_encode_error(GiltThread *ts, GiltCodecCtx *c,
                               GiltStrBuf *out, GiltStr *s, size_t off,
                               size_t start, size_t end, const char *reason);

// utf-16 / utf-32 ([width] 2 or 4; [order] -1 little, 1 big, 0 detect
// from a BOM (decode) or native with a BOM (encode)).
Value gilt_codec_utf16_decode(GiltThread *ts, GiltCodecCtx *c,
                              const unsigned char *d, size_t n, int width,
                              int order);
Value gilt_codec_utf16_encode(GiltThread *ts, GiltCodecCtx *c, GiltStr *s,
                              int width, int order);

#endif
