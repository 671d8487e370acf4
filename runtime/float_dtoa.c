/* float_dtoa.c - Decimal digits of doubles, correctly rounded: the
 * shortest digits that round-trip (repr), a number of significant digits
 * ('e', 'g'), or a number of digits after the point ('f'), as David Gay's
 * dtoa modes 0, 2 and 3 produce them for CPython.
 *
 * Fast path: a double is m * 2^e with m < 2^53, so x / 10^s is the exact
 * fraction num / den with num and den products of m, powers of 10 and
 * powers of 2. When both fit in 124 bits (doubles from about 1e-17 to
 * 1e21, the everyday range) the rounding (half to even) and the
 * round-trip test (is the decimal inside x's rounding interval?) are
 * done exactly in 128-bit integers. That covers about 1e-5 to 1e37 for
 * 17 digits, wider for fewer. Everything else falls back on the C
 * library's correctly rounded printf and strtod.
 */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "float.h"

typedef unsigned __int128 u128;

static u128 pow10_u128(int t) {
    u128 r = 1;
    for (; t >= 19; t -= 19)
        r *= 10000000000000000000ULL;
    static const uint64_t small[19] = {1ULL,
                                       10ULL,
                                       100ULL,
                                       1000ULL,
                                       10000ULL,
                                       100000ULL,
                                       1000000ULL,
                                       10000000ULL,
                                       100000000ULL,
                                       1000000000ULL,
                                       10000000000ULL,
                                       100000000000ULL,
                                       1000000000000ULL,
                                       10000000000000ULL,
                                       100000000000000ULL,
                                       1000000000000000ULL,
                                       10000000000000000ULL,
                                       100000000000000000ULL,
                                       1000000000000000000ULL};
    return r * small[t];
}

static int bits128(u128 x) {
    uint64_t hi = (uint64_t)(x >> 64), lo = (uint64_t)x;
    return hi ? 128 - __builtin_clzll(hi) : lo ? 64 - __builtin_clzll(lo) : 0;
}

// x = m * 2^e exactly (m < 2^53).
typedef struct {
    uint64_t m;
    int e;
    bool narrow; // a power of two above the smallest normal: the gap
                 // below is half the gap above
} Parts;

static Parts parts(double x) {
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    int be = (int)((bits >> 52) & 0x7FF);
    uint64_t frac = bits & (((uint64_t)1 << 52) - 1);
    if (be == 0)
        return (Parts){frac, -1074, false};
    return (Parts){frac | (uint64_t)1 << 52, be - 1075, frac == 0 && be > 1};
}

// x / 10^s as num / den; t is the power of ten folded into num. False
// when they do not fit comfortably in 128 bits.
typedef struct {
    u128 num, den, t;
} Ratio;

static bool ratio(const Parts *x, int s, Ratio *r) {
    int t10 = s < 0 ? -s : 0, s10 = s > 0 ? s : 0;
    int e2 = x->e > 0 ? x->e : 0, d2 = x->e < 0 ? -x->e : 0;
    if (t10 > 38 || s10 > 38 || d2 > 124 || e2 > 124)
        return false;
    r->t = pow10_u128(t10);
    u128 den = pow10_u128(s10);
    if (bits128(r->t) + 53 + e2 > 124 || bits128(den) + d2 > 124)
        return false;
    r->num = ((u128)x->m * r->t) << e2;
    r->den = den << d2;
    return true;
}

// The nearest p-digit decimal D * 10^(k-p+1) to x (ties to even), with x
// in [10^k, 10^(k+1)); dist is |D - x / 10^s| * den and up says whether
// D lies above x.
typedef struct {
    u128 d, dist, den, t;
    int k;
    bool up;
} Sig;

static bool round_sig(const Parts *x, double v, int p, Sig *out) {
    int k = (int)floor(log10(v));
    u128 lo = pow10_u128(p - 1), hi = pow10_u128(p);
    for (int tries = 0; tries < 3; tries++) {
        Ratio r;
        if (!ratio(x, k - p + 1, &r))
            return false;
        u128 q = r.num / r.den, rem = r.num % r.den;
        if (q >= hi) {
            k++;
            continue;
        }
        if (q < lo) {
            k--;
            continue;
        }
        bool up = 2 * rem > r.den || (2 * rem == r.den && (q & 1));
        *out = (Sig){q + up, up ? r.den - rem : rem, r.den, r.t, k, up};
        return true;
    }
    return false;
}

// Does a decimal [dist] (scaled as in Sig) from x on the [up] side read
// back as x? It must lie within half the gap to x's neighbour on that
// side: dist <= T * 2^g in Sig's scale. Exactly half way reads back when
// m is even (strtod rounds half to even).
static bool within(const Parts *x, const Sig *s, u128 dist, bool up) {
    int g = (x->narrow && !up ? x->e - 2 : x->e - 1) + (x->e < 0 ? -x->e : 0);
    u128 lhs = dist, rhs = s->t;
    if (g >= 0)
        rhs <<= g;
    else
        lhs <<= -g;
    return (x->m & 1) ? lhs < rhs : lhs <= rhs;
}

// The decimal digits of D into buf; returns the count.
static int put_digits(u128 d, char *buf) {
    char tmp[48];
    int n = 0;
    do {
        tmp[n++] = (char)('0' + (int)(d % 10));
        d /= 10;
    } while (d);
    for (int i = 0; i < n; i++)
        buf[i] = tmp[n - 1 - i];
    return n;
}

static int strip_zeros(char *buf, int n) {
    while (n > 1 && buf[n - 1] == '0')
        n--;
    return n;
}

// Mode 0 on the fast path: the first p (15, 16, 17) whose nearest p-digit
// decimal reads back. -1 when out of range.
static int shortest_fast(double v, char *buf, int *decpt) {
    Parts x = parts(v);
    if (x.m < ((uint64_t)1 << 52))
        return -1; // subnormal: fewer digits, search differently
    for (int p = 15; p <= 17; p++) {
        Sig s;
        if (!round_sig(&x, v, p, &s))
            return -1;
        u128 d = s.d;
        bool ok = p == 17 || within(&x, &s, s.dist, s.up);
        if (!ok && x.narrow && !s.up && within(&x, &s, s.den - s.dist, true)) {
            d = s.d + 1; // a power of two: the next decimal up reads back
            ok = true;
        }
        if (ok) {
            int n = put_digits(d, buf);
            *decpt = s.k + 1 + (n - p);
            return strip_zeros(buf, n);
        }
    }
    return -1;
}

// Mode 2 or 3 on the fast path; -1 when out of range.
static int rounded_fast(double v, int mode, int nd, char *buf, int *decpt) {
    Parts x = parts(v);
    if (mode == 2) {
        Sig s;
        if (nd > 36 || !round_sig(&x, v, nd, &s))
            return -1;
        int n = put_digits(s.d, buf);
        *decpt = s.k + 1 + (n - nd);
        return strip_zeros(buf, n);
    }
    Ratio r;
    if (nd > 38 || !ratio(&x, -nd, &r))
        return -1;
    u128 q = r.num / r.den, rem = r.num % r.den;
    q += 2 * rem > r.den || (2 * rem == r.den && (q & 1));
    if (q == 0) {
        *decpt = -nd;
        return 0;
    }
    int n = put_digits(q, buf);
    *decpt = n - nd;
    return strip_zeros(buf, n);
}

// ---- the C library fallback -----------------------------------------------------

// Digits and decimal point of printf("%.*e", sig - 1, v) into buf.
static int printf_sig(double v, int sig, char *buf, size_t size, int *decpt) {
    snprintf(buf, size, "%.*e", sig - 1, v);
    char *e = strchr(buf, 'e');
    *decpt = atoi(e + 1) + 1;
    int n = (int)(e - buf);
    if (n > 1) { // drop the '.'
        memmove(buf + 1, buf + 2, (size_t)(n - 2));
        n--;
    }
    return strip_zeros(buf, n);
}

static int printf_fixed(double v, int nd, char *buf, size_t size, int *decpt) {
    int len = snprintf(buf, size, "%.*f", nd, v), n = 0, intlen = 0;
    bool seen_dot = false;
    for (int i = 0; i < len; i++) {
        if (buf[i] == '.') {
            seen_dot = true;
            continue;
        }
        if (!seen_dot)
            intlen++;
        buf[n++] = buf[i];
    }
    int lead = 0; // leading zeros (including "0" before the point)
    while (lead < n && buf[lead] == '0')
        lead++;
    if (lead == n) {
        *decpt = -nd;
        return 0;
    }
    memmove(buf, buf + lead, (size_t)(n - lead));
    n -= lead;
    *decpt = intlen - lead;
    return strip_zeros(buf, n);
}

// Shortest round trip with printf/strtod: the nearest 15-, 16- or
// 17-digit decimal (any count from 1 for subnormals), trying the next one
// up for powers of two, whose interval is lopsided.
static double value_of(const char *digits, int n, int exp) {
    char b[48];
    snprintf(b, sizeof b, "%.*se%d", n, digits, exp);
    return strtod(b, NULL);
}

static int shortest_slow(double v, char *buf, int *decpt) {
    Parts x = parts(v);
    char digits[40];
    for (int p = x.m < ((uint64_t)1 << 52) ? 1 : 15; p <= 17; p++) {
        int dp, n = printf_sig(v, p, digits, sizeof digits, &dp);
        // Pad back to p digits to form the candidate D * 10^(dp - p).
        memset(digits + n, '0', (size_t)(p - n));
        if (p == 17 || value_of(digits, p, dp - p) == v) {
            memcpy(buf, digits, (size_t)n);
            *decpt = dp;
            return n;
        }
        if (x.narrow) {
            int i = p - 1; // add one unit in the last place
            while (i >= 0 && digits[i] == '9')
                digits[i--] = '0';
            if (i >= 0) {
                digits[i]++;
                if (value_of(digits, p, dp - p) == v) {
                    memcpy(buf, digits, (size_t)p);
                    *decpt = dp;
                    return strip_zeros(buf, p);
                }
            }
        }
    }
    return 0; // not reached: 17 digits always read back
}

int gilt_float_dtoa(double v, int mode, int ndigits, char *buf, size_t size,
                    int *decpt) {
    if (v == 0.0) {
        buf[0] = '0';
        *decpt = 1;
        return 1;
    }
    int n;
    if (mode == 0) {
        n = shortest_fast(v, buf, decpt);
        return n >= 0 ? n : shortest_slow(v, buf, decpt);
    }
    if (mode == 2 && ndigits < 1)
        ndigits = 1;
    n = rounded_fast(v, mode, ndigits, buf, decpt);
    if (n >= 0)
        return n;
    return mode == 2 ? printf_sig(v, ndigits, buf, size, decpt)
                     : printf_fixed(v, ndigits, buf, size, decpt);
}

int gilt_float_shortest(double d, char *digits, int *decpt) {
    int n = gilt_float_dtoa(d, 0, 0, digits, 24, decpt);
    digits[n] = 0;
    return n;
}
