/* stringlib.c - Byte-string searching shared by str and bytes: memchr for
 * one byte, memchr plus compare for short needles, glibc's memmem
 * (two-way, linear) for long ones, and a Horspool scan backwards.
 */
#define _GNU_SOURCE
#include "stringlib.h"

#include <string.h>

// Short needles: memchr for the first byte, then compare. glibc's memmem
// costs too much per call when matches are close together (replace,
// split). Candidates that fail are budgeted so the scan stays linear; past
// the budget memmem (two-way) takes over.
static const char *find_short(const char *hay, size_t n, const char *needle,
                              size_t m) {
    const char *p = hay, *last = hay + n - m; // last possible start
    size_t misses = 0;
    while (p <= last && (p = memchr(p, needle[0], (size_t)(last - p) + 1))) {
        if (memcmp(p + 1, needle + 1, m - 1) == 0)
            return p;
        p++;
        if (++misses > 32 + (size_t)(p - hay) / 16)
            return memmem(p, (size_t)(hay + n - p), needle, m);
    }
    return NULL;
}

int64_t gilt_stringlib_find(const char *hay, size_t n, const char *needle,
                            size_t m) {
    if (m == 0)
        return 0;
    if (m > n)
        return -1;
    const char *p = m == 1   ? memchr(hay, needle[0], n)
                    : m <= 16 ? find_short(hay, n, needle, m)
                              : memmem(hay, n, needle, m);
    return p ? p - hay : -1;
}

// Horspool from the right: shift by how far the window's first byte
// occurs from the needle's start.
static int64_t rfind_horspool(const char *hay, size_t n, const char *needle,
                              size_t m) {
    size_t shift[256];
    for (size_t i = 0; i < 256; i++)
        shift[i] = m;
    for (size_t i = m - 1; i > 0; i--)
        shift[(unsigned char)needle[i]] = i;
    size_t pos = n - m;
    for (;;) {
        if (hay[pos] == needle[0] && memcmp(hay + pos, needle, m) == 0)
            return (int64_t)pos;
        size_t s = shift[(unsigned char)hay[pos]];
        if (pos < s)
            return -1;
        pos -= s;
    }
}

int64_t gilt_stringlib_rfind(const char *hay, size_t n, const char *needle,
                             size_t m) {
    if (m == 0)
        return (int64_t)n;
    if (m > n)
        return -1;
    if (m == 1) {
        const char *p = memrchr(hay, needle[0], n);
        return p ? p - hay : -1;
    }
    if (n < 64) {
        for (size_t pos = n - m + 1; pos-- > 0;)
            if (hay[pos] == needle[0] && memcmp(hay + pos, needle, m) == 0)
                return (int64_t)pos;
        return -1;
    }
    return rfind_horspool(hay, n, needle, m);
}

size_t gilt_stringlib_count(const char *hay, size_t n, const char *needle,
                            size_t m, size_t max) {
    size_t count = 0;
    if (m == 1) {
        if (max >= n) {
            // Branch-free, vectorisable.
            unsigned char c = (unsigned char)needle[0];
            const unsigned char *d = (const unsigned char *)hay;
            for (size_t i = 0; i < n; i++)
                count += d[i] == c;
            return count;
        }
        for (const char *p = hay, *end = hay + n;
             count < max && (p = memchr(p, needle[0], (size_t)(end - p)));
             p++)
            count++;
        return count;
    }
    size_t pos = 0;
    while (count < max && pos + m <= n) {
        int64_t r = gilt_stringlib_find(hay + pos, n - pos, needle, m);
        if (r < 0)
            break;
        count++;
        pos += (size_t)r + m;
    }
    return count;
}
