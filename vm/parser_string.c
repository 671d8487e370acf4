/* parser_string.c - Number and string literals, and their concatenation.
 *
 * String bodies are decoded as CPython 3.11 does (string_parser.c):
 * non-ASCII characters are first spelt as \UXXXXXXXX and the result run
 * through the unicode-escape decoder, so the positions in its error
 * messages are CPython's. Unknown escapes stay as written. \N{...}
 * knows the names in lexer_unicode.c (matched case-insensitively) and
 * CJK UNIFIED IDEOGRAPH-XXXX; any other name is reported as unknown, as
 * CPython does for a misspelt one.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser.h"

// ---- numbers ------------------------------------------------------------------

// The token's text without underscores, NUL-terminated, in the arena.
static char *number_text(Parser *p, const GiltToken *t, size_t *len)
{
    char *s = gilt_parser_alloc(p, t->len + 1);
    if (!s)
        return NULL;
    size_t n = 0;
    for (uint32_t i = 0; i < t->len; i++)
        if (t->start[i] != '_')
            s[n++] = t->start[i];
    s[n] = '\0';
    *len = n;
    return s;
}

// An integer literal in [s] (prefix included) as int64; false if it does
// not fit.
static bool parse_int(const char *s, int64_t *out)
{
    unsigned base = 10;
    if (s[0] == '0' && s[1] && s[1] != '0') {
        char b = (char)(s[1] | 0x20);
        base = b == 'x' ? 16 : b == 'o' ? 8 : 2;
        s += 2;
    }
    uint64_t v = 0;
    for (; *s; s++) {
        unsigned d = *s <= '9' ? (unsigned)(*s - '0')
                               : (unsigned)((*s | 0x20) - 'a' + 10);
        if (v > (UINT64_C(0x7fffffffffffffff) - d) / base)
            return false;
        v = v * base + d;
    }
    *out = (int64_t)v;
    return true;
}

AstExpr *gilt_parser_number(Parser *p, const GiltToken *t)
{
    AstExpr *e = gilt_parser_expr(p, AST_CONSTANT, gilt_parser_loc_from(p, t));
    size_t len;
    char *s = e ? number_text(p, t, &len) : NULL;
    if (!s)
        return NULL;
    AstConstant *c = &e->v.constant;
    char last = (char)(s[len - 1] | 0x20);
    bool radix = len > 1 && s[0] == '0' && strchr("xXoObB", s[1]);
    if (last == 'j') {
        s[len - 1] = '\0';
        c->kind = AST_CONST_COMPLEX;
        c->f = strtod(s, NULL);
    } else if (!radix && strpbrk(s, ".eE")) {
        c->kind = AST_CONST_FLOAT;
        c->f = strtod(s, NULL);
    } else if (parse_int(s, &c->i)) {
        c->kind = AST_CONST_INT;
    } else {
        c->kind = AST_CONST_BIGINT;
        c->str = s;
        c->len = len;
    }
    return e;
}

// ---- escape decoding ------------------------------------------------------------

// Names for \N{...}: ASCII, Latin-1, the Greek letters, and every name
// the standard library uses. Sorted for binary search.
static const struct {
    const char *name;
    uint32_t cp;
} unicode_names[] = {
    {"ACUTE ACCENT", 0xB4}, {"AMPERSAND", 0x26}, {"APOSTROPHE", 0x27},
    {"ASTERISK", 0x2A}, {"BOX DRAWINGS LIGHT ARC DOWN AND LEFT", 0x256E},
    {"BOX DRAWINGS LIGHT ARC DOWN AND RIGHT", 0x256D},
    {"BOX DRAWINGS LIGHT ARC UP AND LEFT", 0x256F},
    {"BOX DRAWINGS LIGHT ARC UP AND RIGHT", 0x2570},
    {"BOX DRAWINGS LIGHT DIAGONAL UPPER LEFT TO LOWER RIGHT", 0x2572},
    {"BOX DRAWINGS LIGHT DIAGONAL UPPER RIGHT TO LOWER LEFT", 0x2571},
    {"BOX DRAWINGS LIGHT DOWN AND LEFT", 0x2510},
    {"BOX DRAWINGS LIGHT DOWN AND RIGHT", 0x250C},
    {"BOX DRAWINGS LIGHT HORIZONTAL", 0x2500},
    {"BOX DRAWINGS LIGHT RIGHT", 0x2576}, {"BOX DRAWINGS LIGHT UP", 0x2575},
    {"BOX DRAWINGS LIGHT VERTICAL", 0x2502},
    {"BOX DRAWINGS LIGHT VERTICAL AND RIGHT", 0x251C}, {"BROKEN BAR", 0xA6},
    {"CANCEL TAG", 0xE007F}, {"CEDILLA", 0xB8}, {"CENT SIGN", 0xA2},
    {"CIRCLED NUMBER THIRTY NINE", 0x32B4}, {"CIRCLED PLUS", 0x2295},
    {"CIRCLED TIMES", 0x2297}, {"CIRCUMFLEX ACCENT", 0x5E}, {"COLON", 0x3A},
    {"COMBINING ACUTE ACCENT", 0x301}, {"COMBINING ASTERISK ABOVE", 0x20F0},
    {"COMBINING BREVE", 0x306}, {"COMBINING CARON", 0x30C},
    {"COMBINING CIRCUMFLEX ACCENT", 0x302}, {"COMBINING DIAERESIS", 0x308},
    {"COMBINING DOT ABOVE", 0x307}, {"COMBINING FOUR DOTS ABOVE", 0x20DC},
    {"COMBINING GRAVE ACCENT", 0x300},
    {"COMBINING LATIN SMALL LETTER X", 0x36F},
    {"COMBINING LEFT HARPOON ABOVE", 0x20D0}, {"COMBINING OVERLINE", 0x305},
    {"COMBINING RIGHT ARROW ABOVE", 0x20D7}, {"COMBINING RING ABOVE", 0x30A},
    {"COMBINING THREE DOTS ABOVE", 0x20DB}, {"COMBINING TILDE", 0x303},
    {"COMMA", 0x2C}, {"COMMERCIAL AT", 0x40}, {"COPYRIGHT SIGN", 0xA9},
    {"CURRENCY SIGN", 0xA4}, {"CYRILLIC CAPITAL LETTER A", 0x410},
    {"CYRILLIC CAPITAL LETTER SHORT I", 0x419},
    {"CYRILLIC SMALL LETTER SHORT I", 0x439},
    {"CYRILLIC SMALL LETTER ZHE", 0x436}, {"DAGGER", 0x2020},
    {"DEGREE SIGN", 0xB0}, {"DIAERESIS", 0xA8}, {"DIGIT EIGHT", 0x38},
    {"DIGIT FIVE", 0x35}, {"DIGIT FOUR", 0x34}, {"DIGIT NINE", 0x39},
    {"DIGIT ONE", 0x31}, {"DIGIT SEVEN", 0x37}, {"DIGIT SIX", 0x36},
    {"DIGIT THREE", 0x33}, {"DIGIT TWO", 0x32}, {"DIGIT ZERO", 0x30},
    {"DIVISION SIGN", 0xF7}, {"DOLLAR SIGN", 0x24},
    {"DOUBLE VERTICAL LINE", 0x2016}, {"EM DASH", 0x2014},
    {"EM SPACE", 0x2003}, {"EMPTY SET", 0x2205}, {"EN SPACE", 0x2002},
    {"EQUALS SIGN", 0x3D}, {"ETHIOPIC SYLLABLE SEE", 0x1234},
    {"EURO SIGN", 0x20AC}, {"EXCLAMATION MARK", 0x21},
    {"FEMININE ORDINAL INDICATOR", 0xAA}, {"FULL STOP", 0x2E},
    {"FULLWIDTH DIGIT ZERO", 0xFF10}, {"GRAVE ACCENT", 0x60},
    {"GREATER-THAN SIGN", 0x3E}, {"GREEK CAPITAL LETTER ALPHA", 0x391},
    {"GREEK CAPITAL LETTER BETA", 0x392}, {"GREEK CAPITAL LETTER CHI", 0x3A7},
    {"GREEK CAPITAL LETTER DELTA", 0x394},
    {"GREEK CAPITAL LETTER EPSILON", 0x395},
    {"GREEK CAPITAL LETTER ETA", 0x397}, {"GREEK CAPITAL LETTER GAMMA", 0x393},
    {"GREEK CAPITAL LETTER IOTA", 0x399},
    {"GREEK CAPITAL LETTER IOTA WITH DIALYTIKA", 0x3AA},
    {"GREEK CAPITAL LETTER KAPPA", 0x39A},
    {"GREEK CAPITAL LETTER LAMDA", 0x39B}, {"GREEK CAPITAL LETTER MU", 0x39C},
    {"GREEK CAPITAL LETTER NU", 0x39D}, {"GREEK CAPITAL LETTER OMEGA", 0x3A9},
    {"GREEK CAPITAL LETTER OMICRON", 0x39F},
    {"GREEK CAPITAL LETTER PHI", 0x3A6}, {"GREEK CAPITAL LETTER PI", 0x3A0},
    {"GREEK CAPITAL LETTER PSI", 0x3A8}, {"GREEK CAPITAL LETTER RHO", 0x3A1},
    {"GREEK CAPITAL LETTER SIGMA", 0x3A3}, {"GREEK CAPITAL LETTER TAU", 0x3A4},
    {"GREEK CAPITAL LETTER THETA", 0x398},
    {"GREEK CAPITAL LETTER UPSILON", 0x3A5},
    {"GREEK CAPITAL LETTER UPSILON WITH DIALYTIKA", 0x3AB},
    {"GREEK CAPITAL LETTER XI", 0x39E}, {"GREEK CAPITAL LETTER ZETA", 0x396},
    {"GREEK SMALL LETTER ALPHA", 0x3B1},
    {"GREEK SMALL LETTER ALPHA WITH TONOS", 0x3AC},
    {"GREEK SMALL LETTER BETA", 0x3B2}, {"GREEK SMALL LETTER CHI", 0x3C7},
    {"GREEK SMALL LETTER DELTA", 0x3B4}, {"GREEK SMALL LETTER EPSILON", 0x3B5},
    {"GREEK SMALL LETTER EPSILON WITH TONOS", 0x3AD},
    {"GREEK SMALL LETTER ETA", 0x3B7},
    {"GREEK SMALL LETTER ETA WITH TONOS", 0x3AE},
    {"GREEK SMALL LETTER FINAL SIGMA", 0x3C2},
    {"GREEK SMALL LETTER GAMMA", 0x3B3}, {"GREEK SMALL LETTER IOTA", 0x3B9},
    {"GREEK SMALL LETTER IOTA WITH TONOS", 0x3AF},
    {"GREEK SMALL LETTER KAPPA", 0x3BA}, {"GREEK SMALL LETTER LAMDA", 0x3BB},
    {"GREEK SMALL LETTER MU", 0x3BC}, {"GREEK SMALL LETTER NU", 0x3BD},
    {"GREEK SMALL LETTER OMEGA", 0x3C9}, {"GREEK SMALL LETTER OMICRON", 0x3BF},
    {"GREEK SMALL LETTER PHI", 0x3C6}, {"GREEK SMALL LETTER PI", 0x3C0},
    {"GREEK SMALL LETTER PSI", 0x3C8}, {"GREEK SMALL LETTER RHO", 0x3C1},
    {"GREEK SMALL LETTER SIGMA", 0x3C3}, {"GREEK SMALL LETTER TAU", 0x3C4},
    {"GREEK SMALL LETTER THETA", 0x3B8}, {"GREEK SMALL LETTER UPSILON", 0x3C5},
    {"GREEK SMALL LETTER UPSILON WITH DIALYTIKA AND TONOS", 0x3B0},
    {"GREEK SMALL LETTER XI", 0x3BE}, {"GREEK SMALL LETTER ZETA", 0x3B6},
    {"HANGZHOU NUMERAL TWENTY", 0x3039}, {"HIRAGANA LETTER A", 0x3042},
    {"HORIZONTAL ELLIPSIS", 0x2026}, {"HYPHEN-MINUS", 0x2D},
    {"INVERTED EXCLAMATION MARK", 0xA1}, {"INVERTED QUESTION MARK", 0xBF},
    {"KELVIN SIGN", 0x212A}, {"LATIN CAPITAL LETTER A", 0x41},
    {"LATIN CAPITAL LETTER A WITH ACUTE", 0xC1},
    {"LATIN CAPITAL LETTER A WITH CIRCUMFLEX", 0xC2},
    {"LATIN CAPITAL LETTER A WITH DIAERESIS", 0xC4},
    {"LATIN CAPITAL LETTER A WITH GRAVE", 0xC0},
    {"LATIN CAPITAL LETTER A WITH RING ABOVE", 0xC5},
    {"LATIN CAPITAL LETTER A WITH TILDE", 0xC3},
    {"LATIN CAPITAL LETTER AE", 0xC6}, {"LATIN CAPITAL LETTER B", 0x42},
    {"LATIN CAPITAL LETTER C", 0x43},
    {"LATIN CAPITAL LETTER C WITH CEDILLA", 0xC7},
    {"LATIN CAPITAL LETTER D", 0x44}, {"LATIN CAPITAL LETTER E", 0x45},
    {"LATIN CAPITAL LETTER E WITH ACUTE", 0xC9},
    {"LATIN CAPITAL LETTER E WITH CIRCUMFLEX", 0xCA},
    {"LATIN CAPITAL LETTER E WITH DIAERESIS", 0xCB},
    {"LATIN CAPITAL LETTER E WITH GRAVE", 0xC8},
    {"LATIN CAPITAL LETTER ETH", 0xD0}, {"LATIN CAPITAL LETTER F", 0x46},
    {"LATIN CAPITAL LETTER G", 0x47}, {"LATIN CAPITAL LETTER H", 0x48},
    {"LATIN CAPITAL LETTER I", 0x49},
    {"LATIN CAPITAL LETTER I WITH ACUTE", 0xCD},
    {"LATIN CAPITAL LETTER I WITH CIRCUMFLEX", 0xCE},
    {"LATIN CAPITAL LETTER I WITH DIAERESIS", 0xCF},
    {"LATIN CAPITAL LETTER I WITH DOT ABOVE", 0x130},
    {"LATIN CAPITAL LETTER I WITH GRAVE", 0xCC},
    {"LATIN CAPITAL LETTER J", 0x4A}, {"LATIN CAPITAL LETTER K", 0x4B},
    {"LATIN CAPITAL LETTER L", 0x4C}, {"LATIN CAPITAL LETTER M", 0x4D},
    {"LATIN CAPITAL LETTER N", 0x4E},
    {"LATIN CAPITAL LETTER N WITH TILDE", 0xD1},
    {"LATIN CAPITAL LETTER O", 0x4F},
    {"LATIN CAPITAL LETTER O WITH ACUTE", 0xD3},
    {"LATIN CAPITAL LETTER O WITH CIRCUMFLEX", 0xD4},
    {"LATIN CAPITAL LETTER O WITH DIAERESIS", 0xD6},
    {"LATIN CAPITAL LETTER O WITH GRAVE", 0xD2},
    {"LATIN CAPITAL LETTER O WITH STROKE", 0xD8},
    {"LATIN CAPITAL LETTER O WITH TILDE", 0xD5},
    {"LATIN CAPITAL LETTER P", 0x50}, {"LATIN CAPITAL LETTER Q", 0x51},
    {"LATIN CAPITAL LETTER R", 0x52}, {"LATIN CAPITAL LETTER S", 0x53},
    {"LATIN CAPITAL LETTER T", 0x54}, {"LATIN CAPITAL LETTER THORN", 0xDE},
    {"LATIN CAPITAL LETTER U", 0x55},
    {"LATIN CAPITAL LETTER U WITH ACUTE", 0xDA},
    {"LATIN CAPITAL LETTER U WITH CIRCUMFLEX", 0xDB},
    {"LATIN CAPITAL LETTER U WITH DIAERESIS", 0xDC},
    {"LATIN CAPITAL LETTER U WITH GRAVE", 0xD9},
    {"LATIN CAPITAL LETTER V", 0x56}, {"LATIN CAPITAL LETTER W", 0x57},
    {"LATIN CAPITAL LETTER X", 0x58}, {"LATIN CAPITAL LETTER Y", 0x59},
    {"LATIN CAPITAL LETTER Y WITH ACUTE", 0xDD},
    {"LATIN CAPITAL LETTER Z", 0x5A}, {"LATIN SMALL LETTER A", 0x61},
    {"LATIN SMALL LETTER A WITH ACUTE", 0xE1},
    {"LATIN SMALL LETTER A WITH CARON", 0x1CE},
    {"LATIN SMALL LETTER A WITH CIRCUMFLEX", 0xE2},
    {"LATIN SMALL LETTER A WITH DIAERESIS", 0xE4},
    {"LATIN SMALL LETTER A WITH GRAVE", 0xE0},
    {"LATIN SMALL LETTER A WITH RING ABOVE", 0xE5},
    {"LATIN SMALL LETTER A WITH TILDE", 0xE3}, {"LATIN SMALL LETTER AE", 0xE6},
    {"LATIN SMALL LETTER B", 0x62}, {"LATIN SMALL LETTER C", 0x63},
    {"LATIN SMALL LETTER C WITH CEDILLA", 0xE7},
    {"LATIN SMALL LETTER D", 0x64}, {"LATIN SMALL LETTER E", 0x65},
    {"LATIN SMALL LETTER E WITH ACUTE", 0xE9},
    {"LATIN SMALL LETTER E WITH CIRCUMFLEX", 0xEA},
    {"LATIN SMALL LETTER E WITH DIAERESIS", 0xEB},
    {"LATIN SMALL LETTER E WITH GRAVE", 0xE8},
    {"LATIN SMALL LETTER ETH", 0xF0}, {"LATIN SMALL LETTER F", 0x66},
    {"LATIN SMALL LETTER G", 0x67}, {"LATIN SMALL LETTER H", 0x68},
    {"LATIN SMALL LETTER I", 0x69}, {"LATIN SMALL LETTER I WITH ACUTE", 0xED},
    {"LATIN SMALL LETTER I WITH CIRCUMFLEX", 0xEE},
    {"LATIN SMALL LETTER I WITH DIAERESIS", 0xEF},
    {"LATIN SMALL LETTER I WITH GRAVE", 0xEC}, {"LATIN SMALL LETTER J", 0x6A},
    {"LATIN SMALL LETTER K", 0x6B}, {"LATIN SMALL LETTER L", 0x6C},
    {"LATIN SMALL LETTER M", 0x6D}, {"LATIN SMALL LETTER N", 0x6E},
    {"LATIN SMALL LETTER N WITH TILDE", 0xF1}, {"LATIN SMALL LETTER O", 0x6F},
    {"LATIN SMALL LETTER O WITH ACUTE", 0xF3},
    {"LATIN SMALL LETTER O WITH CIRCUMFLEX", 0xF4},
    {"LATIN SMALL LETTER O WITH DIAERESIS", 0xF6},
    {"LATIN SMALL LETTER O WITH GRAVE", 0xF2},
    {"LATIN SMALL LETTER O WITH HORN", 0x1A1},
    {"LATIN SMALL LETTER O WITH STROKE", 0xF8},
    {"LATIN SMALL LETTER O WITH TILDE", 0xF5}, {"LATIN SMALL LETTER P", 0x70},
    {"LATIN SMALL LETTER Q", 0x71}, {"LATIN SMALL LETTER R", 0x72},
    {"LATIN SMALL LETTER S", 0x73}, {"LATIN SMALL LETTER SHARP S", 0xDF},
    {"LATIN SMALL LETTER T", 0x74}, {"LATIN SMALL LETTER THORN", 0xFE},
    {"LATIN SMALL LETTER U", 0x75}, {"LATIN SMALL LETTER U WITH ACUTE", 0xFA},
    {"LATIN SMALL LETTER U WITH CIRCUMFLEX", 0xFB},
    {"LATIN SMALL LETTER U WITH DIAERESIS", 0xFC},
    {"LATIN SMALL LETTER U WITH GRAVE", 0xF9}, {"LATIN SMALL LETTER V", 0x76},
    {"LATIN SMALL LETTER W", 0x77}, {"LATIN SMALL LETTER X", 0x78},
    {"LATIN SMALL LETTER Y", 0x79}, {"LATIN SMALL LETTER Y WITH ACUTE", 0xFD},
    {"LATIN SMALL LETTER Y WITH CIRCUMFLEX", 0x177},
    {"LATIN SMALL LETTER Y WITH DIAERESIS", 0xFF},
    {"LATIN SMALL LETTER Z", 0x7A}, {"LATIN SMALL LIGATURE FF", 0xFB00},
    {"LATIN SMALL LIGATURE FFI", 0xFB03}, {"LATIN SMALL LIGATURE FI", 0xFB01},
    {"LATIN SMALL LIGATURE LONG S T", 0xFB05},
    {"LATIN SMALL LIGATURE ST", 0xFB06},
    {"LATIN SUBSCRIPT SMALL LETTER I", 0x1D62}, {"LEFT CURLY BRACKET", 0x7B},
    {"LEFT PARENTHESIS", 0x28}, {"LEFT SQUARE BRACKET", 0x5B},
    {"LEFT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xAB},
    {"LESS-THAN SIGN", 0x3C}, {"LIGHT VERTICAL BAR", 0x2758},
    {"LONG RIGHTWARDS SQUIGGLE ARROW", 0x27FF}, {"LOW LINE", 0x5F},
    {"MACRON", 0xAF}, {"MASCULINE ORDINAL INDICATOR", 0xBA},
    {"MATHEMATICAL BOLD SMALL FINAL SIGMA", 0x1D6D3},
    {"MATHEMATICAL LEFT ANGLE BRACKET", 0x27E8},
    {"MATHEMATICAL RIGHT ANGLE BRACKET", 0x27E9}, {"MICRO SIGN", 0xB5},
    {"MIDDLE DOT", 0xB7}, {"MULTIPLICATION SIGN", 0xD7},
    {"N-ARY CIRCLED TIMES OPERATOR", 0x2A02},
    {"NARROW NO-BREAK SPACE", 0x202F}, {"NO-BREAK SPACE", 0xA0},
    {"NOT SIGN", 0xAC}, {"NUMBER SIGN", 0x23}, {"PERCENT SIGN", 0x25},
    {"PILCROW SIGN", 0xB6}, {"PLANCK CONSTANT OVER TWO PI", 0x210F},
    {"PLUS SIGN", 0x2B}, {"PLUS-MINUS SIGN", 0xB1}, {"POUND SIGN", 0xA3},
    {"PRIME", 0x2032}, {"QUESTION MARK", 0x3F}, {"QUOTATION MARK", 0x22},
    {"REGISTERED SIGN", 0xAE}, {"REVERSE SOLIDUS", 0x5C},
    {"RIGHT CURLY BRACKET", 0x7D}, {"RIGHT PARENTHESIS", 0x29},
    {"RIGHT SQUARE BRACKET", 0x5D},
    {"RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xBB},
    {"RIGHTWARDS ARROW WITH HOOK", 0x21AA}, {"ROMAN NUMERAL SIX", 0x2165},
    {"SCRIPT CAPITAL R", 0x211B}, {"SECTION SIGN", 0xA7}, {"SEMICOLON", 0x3B},
    {"SMILING CAT FACE WITH OPEN MOUTH", 0x1F63A}, {"SNAKE", 0x1F40D},
    {"SNOWMAN", 0x2603}, {"SOFT HYPHEN", 0xAD}, {"SOLIDUS", 0x2F},
    {"SPACE", 0x20}, {"SUBSCRIPT TWO", 0x2082}, {"SUPERSCRIPT ONE", 0xB9},
    {"SUPERSCRIPT THREE", 0xB3}, {"SUPERSCRIPT TWO", 0xB2},
    {"THAI DIGIT SIX", 0xE56}, {"TILDE", 0x7E}, {"TWO DOT LEADER", 0x2025},
    {"VERTICAL LINE", 0x7C}, {"VULGAR FRACTION ONE HALF", 0xBD},
    {"VULGAR FRACTION ONE QUARTER", 0xBC},
    {"VULGAR FRACTION THREE QUARTERS", 0xBE}, {"YEN SIGN", 0xA5},
};

static long lookup_upper(const char *upper_name)
{
    size_t lo = 0, hi = sizeof unicode_names / sizeof unicode_names[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(unicode_names[mid].name, upper_name);
        if (c == 0)
            return (long)unicode_names[mid].cp;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -1;
}

// The code point called [name] ([n] bytes), or -1.
static long lookup_name(const char *name, size_t n)
{
    char up[80];
    if (n >= sizeof up)
        return -1;
    for (size_t i = 0; i < n; i++)
        up[i] = (name[i] >= 'a' && name[i] <= 'z') ? (char)(name[i] - 32)
                                                   : name[i];
    up[n] = '\0';
    if (n > 22 && memcmp(up, "CJK UNIFIED IDEOGRAPH-", 22) == 0) {
        char *end;
        long cp = strtol(up + 22, &end, 16);
        bool ok = *end == '\0' && (n == 26 || n == 27) &&
                  ((cp >= 0x3400 && cp <= 0x4dbf) ||
                   (cp >= 0x4e00 && cp <= 0x9fff) ||
                   (cp >= 0x20000 && cp <= 0x2a6df));
        return ok ? cp : -1;
    }
    return lookup_upper(up);
}

// A growing byte buffer in the arena.
typedef struct Buf {
    char *s;
    size_t n, cap;
} Buf;

static bool buf_put(Parser *p, Buf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        while (cap < b->n + n + 1)
            cap *= 2;
        char *m = gilt_parser_alloc(p, cap);
        if (!m)
            return false;
        if (b->n)
            memcpy(m, b->s, b->n);
        b->s = m;
        b->cap = cap;
    }
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = '\0';
    return true;
}

static bool buf_cp(Parser *p, Buf *b, uint32_t cp)
{
    char u[4];
    return buf_put(p, b, u, (size_t)gilt_lexer_unicode_encode(cp, u));
}

// CPython's intermediate form: backslashes before non-ASCII characters
// become \u005c, non-ASCII characters \UXXXXXXXX.
static bool escape_form(Parser *p, const char *s, size_t n, Buf *out)
{
    const char *end = s + n;
    while (s < end) {
        if (*s == '\\') {
            if (!buf_put(p, out, s++, 1))
                return false;
            if ((s >= end || (*s & 0x80)) && !buf_put(p, out, "u005c", 5))
                return false;
            if (s >= end)
                break;
        }
        if (*s & 0x80) {
            int len;
            char tmp[12];
            uint32_t cp = gilt_lexer_unicode_decode(s, &len);
            snprintf(tmp, sizeof tmp, "\\U%08x", (unsigned)cp);
            if (!buf_put(p, out, tmp, 10))
                return false;
            s += len;
        } else if (!buf_put(p, out, s++, 1)) {
            return false;
        }
    }
    return true;
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = (char)(c | 0x20);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

// \xhh, \uhhhh, \Uhhhhhhhh ([c] is the letter; [s] after it). As escape().
static const char *hex_escape(Parser *p, char c, const char *s,
                              const char *end, Buf *out, const char **why,
                              const char **at)
{
    int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
    *why = c == 'x'   ? "truncated \\xXX escape"
           : c == 'u' ? "truncated \\uXXXX escape"
                      : "truncated \\UXXXXXXXX escape";
    uint32_t v = 0;
    for (; count; count--, s++) {
        if (s >= end || hexval(*s) < 0) {
            *at = s;
            return NULL;
        }
        v = v * 16 + (uint32_t)hexval(*s);
    }
    if (v > 0x10ffff) {
        *why = "illegal Unicode character";
        *at = s;
        return NULL;
    }
    return buf_cp(p, out, v) ? s : NULL;
}

// \N{name}, [s] after the N. As escape().
static const char *named_escape(Parser *p, const char *s, const char *end,
                                Buf *out, const char **why, const char **at)
{
    *why = "malformed \\N character escape";
    *at = s;
    if (s >= end || *s != '{')
        return NULL;
    const char *name = ++s;
    while (s < end && *s != '}')
        s++;
    *at = s;
    if (s >= end || s == name)
        return NULL;
    long cp = lookup_name(name, (size_t)(s - name));
    *at = ++s;
    if (cp < 0) {
        *why = "unknown Unicode character name";
        return NULL;
    }
    return buf_cp(p, out, (uint32_t)cp) ? s : NULL;
}

// One escape after the backslash at s[-1], s < end. Appends the result to
// [out]; returns the position after it, or NULL with *why set (the
// decoder's message; *at is where it stopped).
static const char *escape(Parser *p, const char *s, const char *end,
                          Buf *out, const char **why, const char **at)
{
    char c = *s++;
    static const char simple[] = "\\\\''\"\"b\bf\ft\tn\nr\rv\va\a";
    for (const char *q = simple; *q; q += 2)
        if (c == q[0])
            return buf_put(p, out, &q[1], 1) ? s : NULL;
    if (c == '\n')
        return s;
    if (c >= '0' && c <= '7') {
        uint32_t v = (uint32_t)(c - '0');
        for (int i = 0; i < 2 && s < end && *s >= '0' && *s <= '7'; i++)
            v = v * 8 + (uint32_t)(*s++ - '0');
        return buf_cp(p, out, v) ? s : NULL;
    }
    if (c == 'x' || c == 'u' || c == 'U')
        return hex_escape(p, c, s, end, out, why, at);
    if (c == 'N')
        return named_escape(p, s, end, out, why, at);
    // Unknown escapes are kept (CPython warns).
    return buf_put(p, out, s - 2, 2) ? s : NULL;
}

char *gilt_parser_decode_str(Parser *p, const char *s, size_t n, bool raw,
                             size_t *out_len)
{
    Buf out = {0}, form = {0};
    if (raw || !memchr(s, '\\', n)) {
        if (!buf_put(p, &out, s, n))
            return NULL;
        *out_len = out.n;
        return out.s;
    }
    if (!escape_form(p, s, n, &form) || !buf_put(p, &out, "", 0))
        return NULL;
    const char *q = form.s, *end = form.s + form.n;
    while (q < end) {
        const char *bs = memchr(q, '\\', (size_t)(end - q));
        const char *stop = bs ? bs : end;
        if (stop > q && !buf_put(p, &out, q, (size_t)(stop - q)))
            return NULL;
        if (!bs)
            break;
        const char *why = NULL, *at = NULL;
        q = escape(p, bs + 1, end, &out, &why, &at);
        if (!q) {
            if (!why)
                return NULL; // out of memory
            long from = (long)(bs - form.s), to = (long)(at - form.s) - 1;
            if (to <= from)
                return gilt_parser_error(p, "(unicode error) 'unicodeescape' "
                                            "codec can't decode byte 0x5c in "
                                            "position %ld: %s",
                                         from, why);
            return gilt_parser_error(p, "(unicode error) 'unicodeescape' codec "
                                        "can't decode bytes in position "
                                        "%ld-%ld: %s",
                                     from, to, why);
        }
    }
    *out_len = out.n;
    return out.s;
}

// bytes escapes: \xhh (exactly two digits), octal (truncated to a byte),
// the simple ones; others stay as written.
static char *decode_bytes(Parser *p, const char *s, size_t n, size_t *len)
{
    Buf out = {0};
    const char *start = s, *end = s + n;
    if (!buf_put(p, &out, "", 0))
        return NULL;
    while (s < end) {
        const char *bs = memchr(s, '\\', (size_t)(end - s));
        const char *stop = bs ? bs : end;
        if (stop > s && !buf_put(p, &out, s, (size_t)(stop - s)))
            return NULL;
        if (!bs)
            break;
        s = bs + 1;
        if (*s == 'x') {
            if (s + 2 >= end || hexval(s[1]) < 0 || hexval(s[2]) < 0)
                return gilt_parser_error(p, "(value error) invalid \\x escape "
                                            "at position %ld",
                                         (long)(bs - start));
            char c = (char)(hexval(s[1]) * 16 + hexval(s[2]));
            if (!buf_put(p, &out, &c, 1))
                return NULL;
            s += 3;
            continue;
        }
        const char *why = NULL, *at = NULL;
        if (*s == 'u' || *s == 'U' || *s == 'N') {
            if (!buf_put(p, &out, bs, 2))
                return NULL;
            s++;
            continue;
        }
        Buf tmp = {0};
        const char *next = escape(p, s, end, &tmp, &why, &at);
        if (!next)
            return NULL;
        if (tmp.n) {
            // Octal escapes give one byte (CPython keeps the low 8 bits).
            int l;
            uint32_t cp = gilt_lexer_unicode_decode(tmp.s, &l);
            char c = (char)(l == (int)tmp.n ? cp & 0xff : (uint32_t)tmp.s[0]);
            if (!(l == (int)tmp.n ? buf_put(p, &out, &c, 1)
                                  : buf_put(p, &out, tmp.s, tmp.n)))
                return NULL;
        }
        s = next;
    }
    *len = out.n;
    return out.s;
}

// ---- literals and their concatenation ---------------------------------------------

// A literal's prefix flags and body (between the quotes).
typedef struct Literal {
    bool bytes, raw, fstring;
    const char *body;
    size_t len;
} Literal;

static Literal split_literal(const GiltToken *t)
{
    Literal l = {0};
    const char *s = t->start;
    for (;; s++) {
        char c = (char)(*s | 0x20);
        if (c == 'b')
            l.bytes = true;
        else if (c == 'r')
            l.raw = true;
        else if (c == 'f')
            l.fstring = true;
        else if (c != 'u')
            break;
    }
    size_t q = (t->start + t->len - s >= 6 && s[1] == s[0] && s[2] == s[0])
                   ? 3
                   : 1;
    l.body = s + q;
    l.len = (size_t)(t->start + t->len - s) - 2 * q;
    return l;
}

// The value of a plain (non-f) literal; NULL after an error.
static char *plain_literal(Parser *p, const GiltToken *t, const Literal *l,
                           size_t *n)
{
    if (!l->bytes)
        return gilt_parser_decode_str(p, l->body, l->len, l->raw, n);
    for (size_t i = 0; i < l->len; i++)
        if ((unsigned char)l->body[i] >= 0x80)
            return gilt_parser_error_at(p, t, "bytes can only contain ASCII "
                                              "literal characters");
    if (!l->raw && memchr(l->body, '\\', l->len))
        return decode_bytes(p, l->body, l->len, n);
    *n = l->len;
    return (char *)l->body;
}

// strings: STRING+, concatenated; f-strings make it a JoinedStr.
AstExpr *gilt_parser_strings(Parser *p)
{
    int first_i = p->pos;
    while (gilt_parser_check(p, TOK_STRING))
        p->pos++;
    // The token after the literals has been read, as CPython's STRING+
    // loop does: its errors come first, and errors below point at it.
    if (p->failed)
        return NULL;
    const GiltToken *first = gilt_parser_token(p, first_i);
    const GiltToken *last = gilt_parser_token(p, p->pos - 1);
    FString fs = {0};
    gilt_parser_vec_init(&fs.parts);
    Buf bytes = {0};
    bool bytesmode = false;
    for (int i = first_i; i < p->pos; i++) {
        const GiltToken *t = gilt_parser_token(p, i);
        Literal l = split_literal(t);
        size_t n = 0;
        char *value = NULL;
        if (!l.fstring && !(value = plain_literal(p, t, &l, &n)))
            return NULL;
        if (i > first_i && l.bytes != bytesmode)
            return gilt_parser_error(p, "cannot mix bytes and nonbytes "
                                        "literals");
        bytesmode = l.bytes;
        bool ok;
        if (l.fstring) {
            const char *s = l.body;
            ok = gilt_parser_fstring_concat(p, &fs, &s, l.body + l.len, l.raw,
                                            0, first, t, last);
        } else {
            ok = bytesmode ? buf_put(p, &bytes, value, n)
                           : gilt_parser_fstring_append(p, &fs, value, n);
        }
        if (!ok)
            return NULL;
    }
    if (!bytesmode)
        return gilt_parser_fstring_finish(p, &fs, first, last);
    AstLoc loc = gilt_parser_span(gilt_parser_loc_from(p, first),
                                  gilt_parser_loc_from(p, last));
    AstExpr *e = gilt_parser_expr(p, AST_CONSTANT, loc);
    if (e) {
        e->v.constant.kind = AST_CONST_BYTES;
        e->v.constant.str = bytes.s ? bytes.s : "";
        e->v.constant.len = bytes.n;
    }
    return e;
}
