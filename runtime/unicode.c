/* unicode.c - Character properties and case mappings (Unicode 14.0.0, the
 * version CPython 3.11 uses).
 *
 * The data lives in unicode_tables.c as compact range tables:
 *   - gilt_uni_runs: every code point from U+0080 where the set of
 *     properties changes (3839 runs), each naming one of 31 distinct
 *     property combinations; ASCII has its own 128-entry array.
 *   - simple case mappings as runs {first, count, stride, delta}; stride 2
 *     covers the alternating upper/lower blocks of Latin Extended etc.
 *   - full mappings of two or three code points (SpecialCasing), sorted.
 *   - the zero of each decimal digit block.
 *   - for each 256-code-point block below U+32000, the first run that
 *     covers it, so a property lookup searches a handful of runs.
 * Lookups are a binary search; ASCII never reaches the tables.
 *
 * How the tables were derived (python3 3.11, unicodedata.unidata_version
 * 14.0.0), for every code point c and ch = chr(c):
 *   ALPHA ch.isalpha(), DECIMAL ch.isdecimal(), DIGIT ch.isdigit(),
 *   NUMERIC ch.isnumeric(), LOWER ch.islower(), UPPER ch.isupper(),
 *   TITLE unicodedata.category(ch) == 'Lt', SPACE ch.isspace(),
 *   PRINTABLE ch.isprintable(), XID_START ch.isidentifier(),
 *   XID_CONTINUE ('a' + ch).isidentifier(); CASE_IGNORABLE from the
 *   final-sigma rule of str.lower(): for a cased ch (LOWER, UPPER or
 *   TITLE; this equals Unicode's Cased, checked through str.title()),
 *   ('A\u03a3' + ch).lower()[1] == '\u03c2'; otherwise
 *   ('A\u03a3' + ch + 'a').lower()[1] == '\u03c3'.
 *   Case runs from ch.lower()/upper()/title() where the first code point
 *   differs from ch (so the simple mapping of a multi-character one is its
 *   first code point, as CPython's _PyUnicode_ToUppercase returns);
 *   special tables from the mappings longer than one code point; the fold
 *   runs from ch.casefold() where it is one code point other than
 *   ch.lower(); digit zeros from unicodedata.decimal(ch) == 0 (every
 *   decimal digit d sits at zero + d, which the derivation asserted).
 */
#include "unicode.h"

#include <stddef.h>

#include "unicode_tables.h"

unsigned gilt_unicode_props_run(uint32_t cp, uint32_t *lo_cp,
                                uint32_t *hi_cp) {
    if (cp < 128) {
        *lo_cp = cp;
        *hi_cp = cp + 1;
        return gilt_uni_ascii_flags[cp];
    }
    if (cp > 0x10FFFF) {
        *lo_cp = cp;
        *hi_cp = cp + 1;
        return 0;
    }
    // The last run starting at or before cp; below U+32000 the block
    // index narrows the search to the runs of cp's 256-code-point block.
    uint32_t key = (cp << 8) | 0xFF;
    size_t lo = 0, hi = gilt_uni_nruns;
    if (cp < 0x32000) {
        uint32_t b = cp >> 8;
        lo = gilt_uni_block_run[b];
        if (b + 1 < 0x320)
            hi = (size_t)gilt_uni_block_run[b + 1] + 1;
    }
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (gilt_uni_runs[mid] <= key)
            lo = mid;
        else
            hi = mid;
    }
    *lo_cp = gilt_uni_runs[lo] >> 8;
    *hi_cp = lo + 1 < gilt_uni_nruns ? gilt_uni_runs[lo + 1] >> 8 : 0x110000;
    return gilt_uni_combos[gilt_uni_runs[lo] & 0xFF];
}

unsigned gilt_unicode_props(uint32_t cp) {
    if (cp < 128)
        return gilt_uni_ascii_flags[cp];
    uint32_t lo, hi;
    return gilt_unicode_props_run(cp, &lo, &hi);
}

static unsigned props(uint32_t cp) {
    return gilt_unicode_props(cp);
}

bool gilt_unicode_isprintable(uint32_t cp) {
    return props(cp) & GILT_UNI_PRINTABLE;
}
bool gilt_unicode_isspace(uint32_t cp) {
    return props(cp) & GILT_UNI_SPACE;
}
bool gilt_unicode_isalpha(uint32_t cp) {
    return props(cp) & GILT_UNI_ALPHA;
}
bool gilt_unicode_isdigit(uint32_t cp) {
    return props(cp) & GILT_UNI_DIGIT;
}
bool gilt_unicode_isdecimal(uint32_t cp) {
    return props(cp) & GILT_UNI_DECIMAL;
}
bool gilt_unicode_isnumeric(uint32_t cp) {
    return props(cp) & GILT_UNI_NUMERIC;
}
bool gilt_unicode_isupper(uint32_t cp) {
    return props(cp) & GILT_UNI_UPPER;
}
bool gilt_unicode_islower(uint32_t cp) {
    return props(cp) & GILT_UNI_LOWER;
}
bool gilt_unicode_istitle(uint32_t cp) {
    return props(cp) & GILT_UNI_TITLE;
}
bool gilt_unicode_iscased(uint32_t cp) {
    return props(cp) & (GILT_UNI_LOWER | GILT_UNI_UPPER | GILT_UNI_TITLE);
}
bool gilt_unicode_iscaseignorable(uint32_t cp) {
    return props(cp) & GILT_UNI_CASE_IGNORABLE;
}
bool gilt_unicode_isalnum(uint32_t cp) {
    return props(cp) &
           (GILT_UNI_ALPHA | GILT_UNI_DECIMAL | GILT_UNI_DIGIT | GILT_UNI_NUMERIC);
}
bool gilt_unicode_isidstart(uint32_t cp) {
    return props(cp) & GILT_UNI_XID_START;
}
bool gilt_unicode_isidcontinue(uint32_t cp) {
    return props(cp) & GILT_UNI_XID_CONTINUE;
}

int gilt_unicode_decimal(uint32_t cp) {
    if (cp < 128)
        return cp >= '0' && cp <= '9' ? (int)(cp - '0') : -1;
    if (!(props(cp) & GILT_UNI_DECIMAL))
        return -1;
    size_t lo = 0, hi = gilt_uni_nzeros;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (gilt_uni_zeros[mid] <= cp)
            lo = mid;
        else
            hi = mid;
    }
    return (int)(cp - gilt_uni_zeros[lo]);
}

// ---- case mappings -----------------------------------------------------------------

static uint32_t run_map(const GiltCaseRun *runs, uint32_t n, uint32_t cp,
                        bool *hit) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (runs[mid].first <= cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    *hit = false;
    if (lo == 0)
        return cp;
    const GiltCaseRun *r = &runs[lo - 1];
    uint32_t off = cp - r->first;
    if (off % r->stride || off / r->stride >= r->count)
        return cp;
    *hit = true;
    return (uint32_t)((int32_t)cp + r->delta);
}

static const GiltCaseSpecial *find_special(const GiltCaseSpecial *t,
                                           uint32_t n, uint32_t cp) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (t[mid].cp < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && t[lo].cp == cp ? &t[lo] : NULL;
}

uint32_t gilt_unicode_toupper(uint32_t cp) {
    if (cp < 128)
        return cp >= 'a' && cp <= 'z' ? cp - 32 : cp;
    bool hit;
    return run_map(gilt_uni_upper, gilt_uni_upper_n, cp, &hit);
}

uint32_t gilt_unicode_tolower(uint32_t cp) {
    if (cp < 128)
        return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
    bool hit;
    return run_map(gilt_uni_lower, gilt_uni_lower_n, cp, &hit);
}

uint32_t gilt_unicode_totitle(uint32_t cp) {
    if (cp < 128)
        return cp >= 'a' && cp <= 'z' ? cp - 32 : cp;
    bool hit;
    return run_map(gilt_uni_title, gilt_uni_title_n, cp, &hit);
}

static int full_map(const GiltCaseSpecial *sp, uint32_t nsp, uint32_t cp,
                    uint32_t simple, uint32_t *out) {
    if (cp >= 128) {
        const GiltCaseSpecial *s = find_special(sp, nsp, cp);
        if (s) {
            out[0] = s->map[0];
            out[1] = s->map[1];
            out[2] = s->map[2];
            return s->map[2] ? 3 : 2;
        }
    }
    out[0] = simple;
    return 1;
}

int gilt_unicode_upper_full(uint32_t cp, uint32_t *out) {
    return full_map(gilt_uni_upper_special, gilt_uni_upper_special_n, cp,
                    gilt_unicode_toupper(cp), out);
}

int gilt_unicode_lower_full(uint32_t cp, uint32_t *out) {
    return full_map(gilt_uni_lower_special, gilt_uni_lower_special_n, cp,
                    gilt_unicode_tolower(cp), out);
}

int gilt_unicode_title_full(uint32_t cp, uint32_t *out) {
    return full_map(gilt_uni_title_special, gilt_uni_title_special_n, cp,
                    gilt_unicode_totitle(cp), out);
}

int gilt_unicode_casefold_full(uint32_t cp, uint32_t *out) {
    if (cp >= 128) {
        const GiltCaseSpecial *s =
            find_special(gilt_uni_fold_special, gilt_uni_fold_special_n, cp);
        if (s)
            return full_map(s, 1, cp, cp, out);
        bool hit;
        uint32_t f = run_map(gilt_uni_fold, gilt_uni_fold_n, cp, &hit);
        if (hit) {
            out[0] = f;
            return 1;
        }
    }
    return gilt_unicode_lower_full(cp, out);
}
