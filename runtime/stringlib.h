/* stringlib.h - Byte-string searching shared by str and bytes.
 *
 * str keeps UTF-8, which is self-synchronising: a match of valid UTF-8 in
 * valid UTF-8 always starts on a code-point boundary, so str searches run
 * on bytes and convert offsets to indices afterwards.
 */
#ifndef GILT_STRINGLIB_H
#define GILT_STRINGLIB_H

#include <stddef.h>
#include <stdint.h>

// Offset of the first / last occurrence of [needle] ([m] bytes) in [hay]
// ([n] bytes), or -1. An empty needle matches at 0 / n.
int64_t gilt_stringlib_find(const char *hay, size_t n, const char *needle,
                            size_t m);
int64_t gilt_stringlib_rfind(const char *hay, size_t n, const char *needle,
                             size_t m);
// Non-overlapping occurrences of a non-empty [needle], at most [max].
size_t gilt_stringlib_count(const char *hay, size_t n, const char *needle,
                            size_t m, size_t max);

#endif
