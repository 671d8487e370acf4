/* list_sort.c - list.sort(): CPython's timsort (natural runs, binary
 * insertion for short runs, powersort merge policy, galloping merges), so
 * sorts are stable, adaptive, and make the same comparisons CPython makes,
 * which keeps results identical even for inconsistent orders (nan).
 *
 * Invariants:
 *  - The key function is called once per item, before any comparison.
 *  - While sorting, the list is empty (items NULL, len 0); the items live
 *    in a private holder list. If the list is non-empty afterwards, user
 *    code mutated it: its new contents are dropped and ValueError "list
 *    modified during sort" is raised, as in CPython.
 *  - Every value is at every moment in the holder's array or in the merge
 *    scratch (itself a GC-traced holder), so a comparison that runs Python
 *    code (a safe point) cannot lose one, and on error every merge copies
 *    its pending items back: the list always ends up a permutation.
 *  - Keys of one simple type (small int, float, str, or tuples whose first
 *    items are) are compared without the generic protocol.
 */
#include "list.h"

#include "../vm/gc.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

#define MIN_GALLOP 7
#define MAX_MERGE_PENDING 85
#define MIN_SCRATCH 256

// Parallel key and value arrays; values is NULL without a key function.
typedef struct {
    Value *keys;
    Value *values;
} Slice;

typedef struct MergeState MergeState;
typedef int (*LtFn)(MergeState *ms, Value a, Value b);

typedef struct {
    Slice base;
    int64_t len;
    int power;
} Run;

struct MergeState {
    GiltThread *ts;
    LtFn lt;
    LtFn tuple_elem_lt; // first-item compare of tuple keys
    int64_t min_gallop;
    GiltList *scratch; // holder of the merge buffer (GC-traced)
    Slice a;           // the merge buffer, split into keys and values
    int64_t alloced;   // items per half of the buffer
    bool has_values;
    int n;
    Run pending[MAX_MERGE_PENDING];
    int64_t listlen;
    Value *basekeys;
};

// ---- comparisons ----------------------------------------------------------

static int lt_generic(MergeState *ms, Value a, Value b) {
    return gilt_compare_bool(ms->ts, a, b, GILT_LT);
}

static int lt_int(MergeState *ms, Value a, Value b) {
    return AS_INT(a) < AS_INT(b);
}

static int lt_float(MergeState *ms, Value a, Value b) {
    return AS_FLOAT(a) < AS_FLOAT(b);
}

static int lt_str(MergeState *ms, Value a, Value b) {
    return gilt_str_cmp(AS_STR(a), AS_STR(b)) < 0;
}

// CPython's unsafe_tuple_compare: equal prefix by ==, then < on the first
// differing items, the fast compare when that is the first item.
static int lt_tuple(MergeState *ms, Value a, Value b) {
    GiltTuple *x = AS_TUPLE(a), *y = AS_TUPLE(b);
    size_t i = 0;
    for (; i < x->len && i < y->len; i++) {
        int eq = gilt_eq(ms->ts, x->items[i], y->items[i]);
        if (eq < 0)
            return -1;
        if (!eq)
            break;
    }
    if (i >= x->len || i >= y->len)
        return x->len < y->len;
    if (i == 0)
        return ms->tuple_elem_lt(ms, x->items[0], y->items[0]);
    return gilt_compare_bool(ms->ts, x->items[i], y->items[i], GILT_LT);
}

enum { K_INT, K_FLOAT, K_STR, K_TUPLE, K_OTHER };

static int key_kind(GiltThread *ts, Value v) {
    if (IS_INT(v))
        return K_INT;
    if (IS_FLOAT(v))
        return K_FLOAT;
    if (GILT_IS(ts, v, STR))
        return K_STR;
    if (GILT_IS(ts, v, TUPLE) && AS_TUPLE(v)->len)
        return K_TUPLE;
    return K_OTHER;
}

static LtFn simple_lt(int kind) {
    switch (kind) {
    case K_INT:
        return lt_int;
    case K_FLOAT:
        return lt_float;
    case K_STR:
        return lt_str;
    default:
        return lt_generic;
    }
}

// The pre-sort check: one kind for all keys selects a fast compare.
static void choose_compare(MergeState *ms, const Value *keys, int64_t n) {
    GiltThread *ts = ms->ts;
    int kind = key_kind(ts, keys[0]);
    for (int64_t i = 1; i < n && kind != K_OTHER; i++)
        if (key_kind(ts, keys[i]) != kind)
            kind = K_OTHER;
    ms->lt = simple_lt(kind);
    if (kind != K_TUPLE)
        return;
    int ek = key_kind(ts, AS_TUPLE(keys[0])->items[0]);
    for (int64_t i = 1; i < n && ek != K_OTHER; i++)
        if (key_kind(ts, AS_TUPLE(keys[i])->items[0]) != ek)
            ek = K_OTHER;
    ms->lt = lt_tuple;
    ms->tuple_elem_lt = simple_lt(ek == K_TUPLE ? K_OTHER : ek);
}

#define ISLT(x, y) (ms->lt(ms, (x), (y)))

// ---- slices -----------------------------------------------------------------

static void s_copy(Slice *d, int64_t i, const Slice *s, int64_t j) {
    d->keys[i] = s->keys[j];
    if (d->values)
        d->values[i] = s->values[j];
}

static void s_copy_incr(Slice *d, Slice *s) {
    *d->keys++ = *s->keys++;
    if (d->values)
        *d->values++ = *s->values++;
}

static void s_copy_decr(Slice *d, Slice *s) {
    *d->keys-- = *s->keys--;
    if (d->values)
        *d->values-- = *s->values--;
}

static void s_memmove(Slice *d, int64_t i, const Slice *s, int64_t j,
                      int64_t n) {
    memmove(&d->keys[i], &s->keys[j], (size_t)n * sizeof(Value));
    if (d->values)
        memmove(&d->values[i], &s->values[j], (size_t)n * sizeof(Value));
}

static void s_advance(Slice *s, int64_t n) {
    s->keys += n;
    if (s->values)
        s->values += n;
}

static void s_reverse(Slice *s, int64_t n) {
    gilt_list_reverse_values(s->keys, s->keys + n);
    if (s->values)
        gilt_list_reverse_values(s->values, s->values + n);
}

// Room for [need] items per half in the scratch buffer; zeroed, since the
// GC traces all of it.
static int merge_getmem(MergeState *ms, int64_t need) {
    if (need <= ms->alloced)
        return 0;
    if (need < MIN_SCRATCH)
        need = MIN_SCRATCH;
    GiltList *s = ms->scratch;
    size_t count = (size_t)need * (ms->has_values ? 2 : 1);
    gilt_mem_free(ms->ts->vm, s->items, s->cap * sizeof(Value));
    s->items = NULL;
    s->len = s->cap = 0;
    Value *p = gilt_mem_alloc(ms->ts, gilt_mem_size(count, sizeof(Value)));
    if (!p)
        return -1;
    s->items = p;
    s->len = s->cap = count;
    ms->a.keys = p;
    ms->a.values = ms->has_values ? p + need : NULL;
    ms->alloced = need;
    return 0;
}

// ---- runs and binary insertion ------------------------------------------------

static int64_t count_run(MergeState *ms, Value *lo, Value *hi,
                         int *descending) {
    int k;
    *descending = 0;
    if (++lo == hi)
        return 1;
    int64_t n = 2;
    if ((k = ISLT(*lo, *(lo - 1))) < 0)
        return -1;
    if (k) {
        *descending = 1;
        for (lo++; lo < hi; lo++, n++) {
            if ((k = ISLT(*lo, *(lo - 1))) < 0)
                return -1;
            if (!k)
                break;
        }
    } else {
        for (lo++; lo < hi; lo++, n++) {
            if ((k = ISLT(*lo, *(lo - 1))) < 0)
                return -1;
            if (k)
                break;
        }
    }
    return n;
}

// Sort lo[0..hi) given lo[0..start) sorted, by binary insertion.
static int binarysort(MergeState *ms, Slice lo, Value *hi, Value *start) {
    if (lo.keys == start)
        start++;
    for (; start < hi; start++) {
        Value *l = lo.keys, *r = start, pivot = *r;
        do {
            Value *p = l + ((r - l) >> 1);
            int k = ISLT(pivot, *p);
            if (k < 0)
                return -1;
            if (k)
                r = p;
            else
                l = p + 1;
        } while (l < r);
        memmove(l + 1, l, (size_t)(start - l) * sizeof(Value));
        *l = pivot;
        if (lo.values) {
            int64_t off = lo.values - lo.keys;
            Value v = start[off];
            memmove(l + off + 1, l + off, (size_t)(start - l) * sizeof(Value));
            l[off] = v;
        }
    }
    return 0;
}

// ---- galloping ---------------------------------------------------------------

// Leftmost position in sorted a[0..n) where key belongs, starting the
// search near a[hint]. -1 on error.
static int64_t gallop_left(MergeState *ms, Value key, Value *a, int64_t n,
                           int64_t hint) {
    int64_t ofs = 1, lastofs = 0, k;
    a += hint;
    if ((k = ISLT(*a, key)) < 0)
        return -1;
    if (k) {
        int64_t maxofs = n - hint;
        while (ofs < maxofs) {
            if ((k = ISLT(a[ofs], key)) < 0)
                return -1;
            if (!k)
                break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    } else {
        int64_t maxofs = hint + 1;
        while (ofs < maxofs) {
            if ((k = ISLT(*(a - ofs), key)) < 0)
                return -1;
            if (k)
                break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        int64_t t = lastofs;
        lastofs = hint - ofs;
        ofs = hint - t;
    }
    a -= hint;
    for (++lastofs; lastofs < ofs;) {
        int64_t m = lastofs + ((ofs - lastofs) >> 1);
        if ((k = ISLT(a[m], key)) < 0)
            return -1;
        if (k)
            lastofs = m + 1;
        else
            ofs = m;
    }
    return ofs;
}

// Rightmost position in sorted a[0..n) where key belongs. -1 on error.
static int64_t gallop_right(MergeState *ms, Value key, Value *a, int64_t n,
                            int64_t hint) {
    int64_t ofs = 1, lastofs = 0, k;
    a += hint;
    if ((k = ISLT(key, *a)) < 0)
        return -1;
    if (k) {
        int64_t maxofs = hint + 1;
        while (ofs < maxofs) {
            if ((k = ISLT(key, *(a - ofs))) < 0)
                return -1;
            if (!k)
                break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        int64_t t = lastofs;
        lastofs = hint - ofs;
        ofs = hint - t;
    } else {
        int64_t maxofs = n - hint;
        while (ofs < maxofs) {
            if ((k = ISLT(key, a[ofs])) < 0)
                return -1;
            if (k)
                break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    }
    a -= hint;
    for (++lastofs; lastofs < ofs;) {
        int64_t m = lastofs + ((ofs - lastofs) >> 1);
        if ((k = ISLT(key, a[m])) < 0)
            return -1;
        if (k)
            ofs = m;
        else
            lastofs = m + 1;
    }
    return ofs;
}

// ---- merging -------------------------------------------------------------------

// Merge the na items at ssa with the nb items at ssb that follow them,
// na <= nb: a is moved to the scratch buffer and merged from the left.
static int64_t merge_lo(MergeState *ms, Slice ssa, int64_t na, Slice ssb,
                        int64_t nb) {
    if (merge_getmem(ms, na) < 0)
        return -1;
    s_memmove(&ms->a, 0, &ssa, 0, na);
    Slice dest = ssa;
    ssa = ms->a;
    int64_t k, min_gallop = ms->min_gallop;
    int result = -1;
    s_copy_incr(&dest, &ssb);
    if (--nb == 0)
        goto succeed;
    if (na == 1)
        goto copy_b;
    for (;;) {
        int64_t acount = 0, bcount = 0;
        // Straight merge until one run wins consistently.
        for (;;) {
            if ((k = ISLT(ssb.keys[0], ssa.keys[0])) < 0)
                goto fail;
            if (k) {
                s_copy_incr(&dest, &ssb);
                bcount++;
                acount = 0;
                if (--nb == 0)
                    goto succeed;
                if (bcount >= min_gallop)
                    break;
            } else {
                s_copy_incr(&dest, &ssa);
                acount++;
                bcount = 0;
                if (--na == 1)
                    goto copy_b;
                if (acount >= min_gallop)
                    break;
            }
        }
        // Gallop until neither run wins consistently.
        ++min_gallop;
        do {
            min_gallop -= min_gallop > 1;
            ms->min_gallop = min_gallop;
            k = gallop_right(ms, ssb.keys[0], ssa.keys, na, 0);
            acount = k;
            if (k) {
                if (k < 0)
                    goto fail;
                s_memmove(&dest, 0, &ssa, 0, k);
                s_advance(&dest, k);
                s_advance(&ssa, k);
                na -= k;
                if (na == 1)
                    goto copy_b;
                // Impossible for a consistent order, but possible here.
                if (na == 0)
                    goto succeed;
            }
            s_copy_incr(&dest, &ssb);
            if (--nb == 0)
                goto succeed;
            k = gallop_left(ms, ssa.keys[0], ssb.keys, nb, 0);
            bcount = k;
            if (k) {
                if (k < 0)
                    goto fail;
                s_memmove(&dest, 0, &ssb, 0, k);
                s_advance(&dest, k);
                s_advance(&ssb, k);
                nb -= k;
                if (nb == 0)
                    goto succeed;
            }
            s_copy_incr(&dest, &ssa);
            if (--na == 1)
                goto copy_b;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++min_gallop;
        ms->min_gallop = min_gallop;
    }
succeed:
    result = 0;
fail:
    if (na)
        s_memmove(&dest, 0, &ssa, 0, na);
    return result;
copy_b:
    // The last item of a belongs after all of b.
    s_memmove(&dest, 0, &ssb, 0, nb);
    s_copy(&dest, nb, &ssa, 0);
    return 0;
}

// As merge_lo for na > nb: b goes to the scratch buffer and the merge runs
// from the right.
static int64_t merge_hi(MergeState *ms, Slice ssa, int64_t na, Slice ssb,
                        int64_t nb) {
    if (merge_getmem(ms, nb) < 0)
        return -1;
    Slice dest = ssb, basea = ssa, baseb = ms->a;
    s_advance(&dest, nb - 1);
    s_memmove(&ms->a, 0, &ssb, 0, nb);
    ssb = ms->a;
    s_advance(&ssb, nb - 1);
    s_advance(&ssa, na - 1);
    int64_t k, min_gallop = ms->min_gallop;
    int result = -1;
    s_copy_decr(&dest, &ssa);
    if (--na == 0)
        goto succeed;
    if (nb == 1)
        goto copy_a;
    for (;;) {
        int64_t acount = 0, bcount = 0;
        for (;;) {
            if ((k = ISLT(ssb.keys[0], ssa.keys[0])) < 0)
                goto fail;
            if (k) {
                s_copy_decr(&dest, &ssa);
                acount++;
                bcount = 0;
                if (--na == 0)
                    goto succeed;
                if (acount >= min_gallop)
                    break;
            } else {
                s_copy_decr(&dest, &ssb);
                bcount++;
                acount = 0;
                if (--nb == 1)
                    goto copy_a;
                if (bcount >= min_gallop)
                    break;
            }
        }
        ++min_gallop;
        do {
            min_gallop -= min_gallop > 1;
            ms->min_gallop = min_gallop;
            k = gallop_right(ms, ssb.keys[0], basea.keys, na, na - 1);
            if (k < 0)
                goto fail;
            k = na - k;
            acount = k;
            if (k) {
                s_advance(&dest, -k);
                s_advance(&ssa, -k);
                s_memmove(&dest, 1, &ssa, 1, k);
                na -= k;
                if (na == 0)
                    goto succeed;
            }
            s_copy_decr(&dest, &ssb);
            if (--nb == 1)
                goto copy_a;
            k = gallop_left(ms, ssa.keys[0], baseb.keys, nb, nb - 1);
            if (k < 0)
                goto fail;
            k = nb - k;
            bcount = k;
            if (k) {
                s_advance(&dest, -k);
                s_advance(&ssb, -k);
                s_memmove(&dest, 1, &ssb, 1, k);
                nb -= k;
                if (nb == 1)
                    goto copy_a;
                if (nb == 0)
                    goto succeed;
            }
            s_copy_decr(&dest, &ssa);
            if (--na == 0)
                goto succeed;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++min_gallop;
        ms->min_gallop = min_gallop;
    }
succeed:
    result = 0;
fail:
    if (nb)
        s_memmove(&dest, -(nb - 1), &baseb, 0, nb);
    return result;
copy_a:
    // The first item of b belongs before all of a.
    s_memmove(&dest, 1 - na, &ssa, 1 - na, na);
    s_advance(&dest, -na);
    s_advance(&ssa, -na);
    s_copy(&dest, 0, &ssb, 0);
    return 0;
}

// ---- the merge policy ------------------------------------------------------------

static int64_t merge_at(MergeState *ms, int i) {
    Slice ssa = ms->pending[i].base, ssb = ms->pending[i + 1].base;
    int64_t na = ms->pending[i].len, nb = ms->pending[i + 1].len;
    ms->pending[i].len = na + nb;
    if (i == ms->n - 3)
        ms->pending[i + 1] = ms->pending[i + 2];
    ms->n--;
    // Items of a before b's first and of b after a's last are in place.
    int64_t k = gallop_right(ms, *ssb.keys, ssa.keys, na, 0);
    if (k < 0)
        return -1;
    s_advance(&ssa, k);
    na -= k;
    if (na == 0)
        return 0;
    nb = gallop_left(ms, ssa.keys[na - 1], ssb.keys, nb, nb - 1);
    if (nb <= 0)
        return nb;
    if (na <= nb)
        return merge_lo(ms, ssa, na, ssb, nb);
    return merge_hi(ms, ssa, na, ssb, nb);
}

// Powersort: the "power" of the boundary between runs s1..s1+n1 and
// s1+n1..s1+n1+n2 of a list of n items.
static int powerloop(int64_t s1, int64_t n1, int64_t n2, int64_t n) {
    int result = 0;
    int64_t a = 2 * s1 + n1, b = a + n1 + n2;
    for (;;) {
        ++result;
        if (a >= n) {
            a -= n;
            b -= n;
        } else if (b >= n) {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    return result;
}

static int found_new_run(MergeState *ms, int64_t n2) {
    if (!ms->n)
        return 0;
    Run *p = ms->pending;
    int64_t s1 = p[ms->n - 1].base.keys - ms->basekeys;
    int64_t n1 = p[ms->n - 1].len;
    int power = powerloop(s1, n1, n2, ms->listlen);
    while (ms->n > 1 && p[ms->n - 2].power > power)
        if (merge_at(ms, ms->n - 2) < 0)
            return -1;
    p[ms->n - 1].power = power;
    return 0;
}

static int merge_force_collapse(MergeState *ms) {
    Run *p = ms->pending;
    while (ms->n > 1) {
        int n = ms->n - 2;
        if (n > 0 && p[n - 1].len < p[n + 1].len)
            --n;
        if (merge_at(ms, n) < 0)
            return -1;
    }
    return 0;
}

static int64_t compute_minrun(int64_t n) {
    int64_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

static int timsort(MergeState *ms, Slice lo, int64_t n) {
    ms->listlen = n;
    ms->basekeys = lo.keys;
    int64_t minrun = compute_minrun(n);
    for (int64_t left = n; left;) {
        int descending;
        int64_t run = count_run(ms, lo.keys, lo.keys + left, &descending);
        if (run < 0)
            return -1;
        if (descending)
            s_reverse(&lo, run);
        if (run < minrun) {
            int64_t force = left <= minrun ? left : minrun;
            if (binarysort(ms, lo, lo.keys + force, lo.keys + run) < 0)
                return -1;
            run = force;
        }
        if (found_new_run(ms, run) < 0)
            return -1;
        ms->pending[ms->n].base = lo;
        ms->pending[ms->n].len = run;
        ms->n++;
        s_advance(&lo, run);
        left -= run;
    }
    return merge_force_collapse(ms);
}

// ---- list.sort ------------------------------------------------------------------

// Call [key] on every item into keys (a holder list). -1 on error.
static int compute_keys(GiltThread *ts, Value key, GiltList *vals,
                        GiltList *keys) {
    for (size_t i = 0; i < vals->len; i++) {
        Value k = gilt_call1(ts, key, vals->items[i]);
        if (!k)
            return -1;
        keys->items[keys->len++] = k;
    }
    return 0;
}

static int sort_values(GiltThread *ts, GiltList *vals, GiltList *keys,
                       bool reverse) {
    int64_t n = (int64_t)vals->len;
    if (n < 2)
        return 0;
    if (reverse) {
        if (keys)
            gilt_list_reverse_values(keys->items, keys->items + n);
        gilt_list_reverse_values(vals->items, vals->items + n);
    }
    GiltList *scratch = gilt_list_new(ts, 0);
    if (!scratch)
        return -1;
    gilt_gc_push_root(ts, OBJ_VAL(scratch));
    MergeState ms = {.ts = ts, .min_gallop = MIN_GALLOP, .scratch = scratch,
                     .has_values = keys != NULL};
    Slice lo = {keys ? keys->items : vals->items, keys ? vals->items : NULL};
    choose_compare(&ms, lo.keys, n);
    int r = timsort(&ms, lo, n);
    gilt_mem_free(ts->vm, scratch->items, scratch->cap * sizeof(Value));
    scratch->items = NULL;
    scratch->len = scratch->cap = 0;
    if (reverse)
        gilt_list_reverse_values(vals->items, vals->items + n);
    return r;
}

int gilt_list_sort(GiltThread *ts, GiltList *l, Value key, bool reverse) {
    if (key == VAL_NONE)
        key = VAL_NULL;
    size_t mark = gilt_gc_roots_mark(ts);
    GiltList *vals = gilt_list_new(ts, 0);
    GiltList *keys = key && l->len ? gilt_list_new(ts, l->len) : NULL;
    if (!vals || (key && l->len && !keys))
        return -1;
    gilt_gc_push_root(ts, OBJ_VAL(vals));
    if (keys)
        gilt_gc_push_root(ts, OBJ_VAL(keys));
    // Detach the items: the list is empty while the sort runs.
    vals->items = l->items;
    vals->len = l->len;
    vals->cap = l->cap;
    l->items = NULL;
    l->len = l->cap = 0;
    int r = keys ? compute_keys(ts, key, vals, keys) : 0;
    if (r == 0) {
        r = sort_values(ts, vals, keys, reverse);
        if (r == 0 && (l->items || l->len)) {
            gilt_raise(ts, GILT_EXC_VALUE_ERROR, "list modified during sort");
            r = -1;
        }
    }
    gilt_mem_free(ts->vm, l->items, l->cap * sizeof(Value));
    l->items = vals->items;
    l->len = vals->len;
    l->cap = vals->cap;
    vals->items = NULL;
    vals->len = vals->cap = 0;
    gilt_gc_roots_restore(ts, mark);
    return r;
}
