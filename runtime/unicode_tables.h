/* unicode_tables.h - The Unicode data tables behind unicode.c (defined in
 * unicode_tables.c); nothing else should read them.
 */
#ifndef GILT_UNICODE_TABLES_H
#define GILT_UNICODE_TABLES_H

#include <stdint.h>

#include "unicode.h" // the property bits

// A run of [count] code points, [stride] apart, from [first], whose
// mapping is the code point plus [delta].
typedef struct GiltCaseRun {
    uint32_t first;
    uint16_t count;
    uint8_t stride;
    int32_t delta;
} GiltCaseRun;

// A mapping to two or three code points (unused slots 0).
typedef struct GiltCaseSpecial {
    uint32_t cp;
    uint32_t map[3];
} GiltCaseSpecial;

extern const uint16_t gilt_uni_ascii_flags[128];
extern const uint16_t gilt_uni_combos[];
extern const uint32_t gilt_uni_runs[];
extern const uint32_t gilt_uni_nruns;
extern const uint16_t gilt_uni_block_run[0x320];
extern const uint32_t gilt_uni_zeros[];
extern const uint32_t gilt_uni_nzeros;
extern const GiltCaseRun gilt_uni_lower[], gilt_uni_upper[], gilt_uni_title[],
    gilt_uni_fold[];
extern const uint32_t gilt_uni_lower_n, gilt_uni_upper_n, gilt_uni_title_n,
    gilt_uni_fold_n;
extern const GiltCaseSpecial gilt_uni_lower_special[], gilt_uni_upper_special[],
    gilt_uni_title_special[], gilt_uni_fold_special[];
extern const uint32_t gilt_uni_lower_special_n, gilt_uni_upper_special_n,
    gilt_uni_title_special_n, gilt_uni_fold_special_n;

#endif
