/* unicode.h - Character properties from the Unicode database (the subset
 * str methods need): categories, case mapping, digits, printability.
 * Unicode 14.0.0, as CPython 3.11; implemented in unicode.c.
 */
#ifndef GILT_UNICODE_H
#define GILT_UNICODE_H

#include <stdbool.h>
#include <stdint.h>

// Property bits (gilt_unicode_props).
enum {
    GILT_UNI_ALPHA = 1 << 0,
    GILT_UNI_DECIMAL = 1 << 1,
    GILT_UNI_DIGIT = 1 << 2,
    GILT_UNI_NUMERIC = 1 << 3,
    GILT_UNI_LOWER = 1 << 4,
    GILT_UNI_UPPER = 1 << 5,
    GILT_UNI_TITLE = 1 << 6,
    GILT_UNI_SPACE = 1 << 7,
    GILT_UNI_PRINTABLE = 1 << 8,
    GILT_UNI_XID_START = 1 << 9, // '_' included
    GILT_UNI_XID_CONTINUE = 1 << 10,
    GILT_UNI_CASE_IGNORABLE = 1 << 11,
};

// All property bits of [cp].
unsigned gilt_unicode_props(uint32_t cp);

// The same, also giving the range [*lo, *hi) of code points that share
// them.
unsigned gilt_unicode_props_run(uint32_t cp, uint32_t *lo, uint32_t *hi);

// For loops over text: remembers the run of code points the last lookup
// fell in, which text tends to stay in (one script, one case). Start
// with GILT_UNI_CACHE_INIT.
typedef struct GiltUniCache {
    uint32_t lo, hi; // [lo, hi) share .props
    unsigned props;
} GiltUniCache;
#define GILT_UNI_CACHE_INIT {0, 0, 0}

static inline unsigned gilt_unicode_props_cached(GiltUniCache *c,
                                                 uint32_t cp) {
    if (cp - c->lo < c->hi - c->lo) // lo <= cp < hi, in one test
        return c->props;
    return c->props = gilt_unicode_props_run(cp, &c->lo, &c->hi);
}

bool gilt_unicode_isprintable(uint32_t cp);
bool gilt_unicode_isspace(uint32_t cp);
bool gilt_unicode_isalpha(uint32_t cp);
bool gilt_unicode_isdigit(uint32_t cp);
bool gilt_unicode_isdecimal(uint32_t cp);
bool gilt_unicode_isnumeric(uint32_t cp);
bool gilt_unicode_isupper(uint32_t cp);
bool gilt_unicode_islower(uint32_t cp);
bool gilt_unicode_istitle(uint32_t cp);
bool gilt_unicode_isalnum(uint32_t cp);
// Cased (lower, upper or titlecase) and Case_Ignorable, for title() and
// the final-sigma rule of lower().
bool gilt_unicode_iscased(uint32_t cp);
bool gilt_unicode_iscaseignorable(uint32_t cp);
// May start / continue an identifier: XID_Start plus '_' / XID_Continue.
bool gilt_unicode_isidstart(uint32_t cp);
bool gilt_unicode_isidcontinue(uint32_t cp);
// Simple (one code point) mappings; str.upper() etc. also need the
// special multi-character ones (German sharp s): gilt_unicode_upper_full.
uint32_t gilt_unicode_toupper(uint32_t cp);
uint32_t gilt_unicode_tolower(uint32_t cp);
uint32_t gilt_unicode_totitle(uint32_t cp);
// Full mappings into [out] (room for 3); returns the count.
int gilt_unicode_upper_full(uint32_t cp, uint32_t *out);
int gilt_unicode_lower_full(uint32_t cp, uint32_t *out);
int gilt_unicode_title_full(uint32_t cp, uint32_t *out);
int gilt_unicode_casefold_full(uint32_t cp, uint32_t *out);
// Decimal digit value, or -1.
int gilt_unicode_decimal(uint32_t cp);

#endif
