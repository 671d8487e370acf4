/* set.c - The set table (CPython's setobject.c algorithm) and the C API:
 * lookup, insertion, deletion, resizing, bulk update and difference.
 * The Python-level methods of set and frozenset are in set_methods.c.
 *
 * Probing: from slot hash & mask, look at up to LINEAR_PROBES following
 * slots (when they fit before the end of the table), then jump with
 * i = i*5 + 1 + perturb, perturb >>= 5. Insertion reuses the last dummy
 * seen on the probe; the table grows to used*4 (used*2 past 50000) when fill*5 reaches
 * mask*3; a resize re-inserts in table order. All of it matches CPython
 * exactly, as iteration order depends on it.
 *
 * A comparison may run __eq__, which may mutate the set: lookups then
 * restart, as CPython's do.
 */
#include "set.h"

#include "../vm/gc.h"
#include "dict.h"
#include "str.h"
#include "type.h"

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

static void init_table(GiltSet *s) {
    memset(s->small, 0, sizeof s->small);
    s->table = s->small;
    s->mask = GILT_SET_MINSIZE - 1;
    s->fill = s->used = 0;
}

static GiltSet *alloc_set(GiltThread *ts, GiltType *cls) {
    GiltSet *s = gilt_alloc_instance(ts, cls, sizeof(GiltSet));
    if (s) {
        init_table(s);
        s->hash = -1;
    }
    return s;
}

GiltSet *gilt_set_new(GiltThread *ts) {
    return alloc_set(ts, GILT_TYPE(ts, SET));
}

GiltSet *gilt_frozenset_new(GiltThread *ts) {
    return alloc_set(ts, GILT_TYPE(ts, FROZENSET));
}

static int hash_key(GiltThread *ts, Value key, int64_t *h) {
    if (IS_OBJ(key) && AS_OBJ(key)->type == GILT_TYPE(ts, STR)) {
        *h = gilt_str_hash(AS_STR(key));
        return 0;
    }
    return gilt_hash(ts, key, h);
}

// Is the active entry [e] equal to key? 1, 0, -1; 2 when the comparison
// changed the table under us (restart the probe).
static int entry_matches(GiltThread *ts, GiltSet *s, GiltSetEntry *e,
                         Value key) {
    Value start = e->key;
    if (start == key)
        return 1;
    GiltType *str = GILT_TYPE(ts, STR);
    if (IS_OBJ(start) && IS_OBJ(key) && AS_OBJ(start)->type == str &&
        AS_OBJ(key)->type == str)
        return gilt_str_eq(AS_STR(start), AS_STR(key));
    if (BOTH_INT(start, key))
        return 0;
    GiltSetEntry *table = s->table;
    // __eq__ may remove [start] from the set (and [key] from wherever
    // the caller found it).
    size_t mark = gilt_gc_roots_mark(ts);
    gilt_gc_push_root(ts, start);
    gilt_gc_push_root(ts, key);
    int eq = gilt_eq(ts, start, key);
    gilt_gc_roots_restore(ts, mark);
    if (eq < 0)
        return -1;
    if (table != s->table || e->key != start)
        return 2;
    return eq;
}

// The entry holding [key], or the empty slot ending its probe; NULL on
// error.
static GiltSetEntry *lookkey(GiltThread *ts, GiltSet *s, Value key,
                             int64_t hash) {
restart:;
    size_t mask = s->mask, i = (size_t)hash & mask;
    for (uint64_t perturb = (uint64_t)hash;;) {
        GiltSetEntry *e = &s->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && e->key == VAL_NULL)
                return e;
            if (e->hash == hash) {
                int m = entry_matches(ts, s, e, key);
                if (m < 0)
                    return NULL;
                if (m == 2)
                    goto restart;
                if (m)
                    return e;
                mask = s->mask;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static void insert_clean(GiltSetEntry *table, size_t mask, Value key,
                         int64_t hash) {
    size_t i = (size_t)hash & mask;
    for (uint64_t perturb = (uint64_t)hash;;) {
        GiltSetEntry *e = &table[i];
        if (e->key == VAL_NULL)
            goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (e->key == VAL_NULL)
                    goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        e->key = key;
        e->hash = hash;
        return;
    }
}

int gilt_set_table_resize(GiltThread *ts, GiltSet *s, size_t minused) {
    size_t newsize = GILT_SET_MINSIZE;
    while (newsize <= minused)
        newsize <<= 1;
    GiltSetEntry *old = s->table, *newtable, small_copy[GILT_SET_MINSIZE];
    size_t oldmask = s->mask;
    bool old_malloced = old != s->small;
    if (newsize == GILT_SET_MINSIZE) {
        newtable = s->small;
        if (newtable == old) {
            if (s->fill == s->used)
                return 0;
            // Rebuild in place to purge dummies.
            memcpy(small_copy, old, sizeof small_copy);
            old = small_copy;
        }
    } else {
        newtable = gilt_mem_realloc(
            ts, NULL, 0, gilt_mem_size(newsize, sizeof(GiltSetEntry)));
        if (!newtable)
            return -1;
    }
    memset(newtable, 0, newsize * sizeof(GiltSetEntry));
    s->mask = newsize - 1;
    s->table = newtable;
    bool dummies = s->fill != s->used;
    s->fill = s->used;
    for (GiltSetEntry *e = old; e <= old + oldmask; e++)
        if (e->key != VAL_NULL && (!dummies || e->key != GILT_SET_DUMMY))
            insert_clean(newtable, s->mask, e->key, e->hash);
    if (old_malloced)
        gilt_mem_free(ts->vm, old, (oldmask + 1) * sizeof(GiltSetEntry));
    return 0;
}

static int grow(GiltThread *ts, GiltSet *s) {
    return gilt_set_table_resize(ts, s,
                                 s->used > 50000 ? s->used * 2 : s->used * 4);
}

int gilt_set_add_hashed(GiltThread *ts, GiltSet *s, Value key, int64_t hash) {
restart:;
    size_t mask = s->mask, i = (size_t)hash & mask;
    GiltSetEntry *freeslot = NULL, *e;
    for (uint64_t perturb = (uint64_t)hash;;) {
        e = &s->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && e->key == VAL_NULL)
                goto found_unused_or_dummy;
            if (e->hash == hash) {
                int m = entry_matches(ts, s, e, key);
                if (m < 0)
                    return -1;
                if (m == 2)
                    goto restart;
                if (m)
                    return 0;
                mask = s->mask;
            } else if (e->hash == -1) {
                // CPython keeps the last dummy seen, not the first.
                freeslot = e;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    s->used++;
    if (freeslot) {
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    s->fill++;
    e->key = key;
    e->hash = hash;
    if (s->fill * 5 < mask * 3)
        return 0;
    return grow(ts, s);
}

int gilt_set_add(GiltThread *ts, GiltSet *s, Value key) {
    int64_t h;
    if (hash_key(ts, key, &h) < 0)
        return -1;
    return gilt_set_add_hashed(ts, s, key, h);
}

int gilt_set_contains_hashed(GiltThread *ts, GiltSet *s, Value key,
                             int64_t hash) {
    GiltSetEntry *e = lookkey(ts, s, key, hash);
    return e ? e->key != VAL_NULL : -1;
}

// Lookup without the set-as-frozenset retry.
static int contains_key(GiltThread *ts, GiltSet *s, Value key) {
    int64_t h;
    if (hash_key(ts, key, &h) < 0)
        return -1;
    return gilt_set_contains_hashed(ts, s, key, h);
}

static int discard_hashed(GiltThread *ts, GiltSet *s, Value key,
                          int64_t hash) {
    GiltSetEntry *e = lookkey(ts, s, key, hash);
    if (!e)
        return -1;
    if (e->key == VAL_NULL)
        return 0;
    e->key = GILT_SET_DUMMY;
    e->hash = -1;
    s->used--;
    return 1;
}

static int discard_key(GiltThread *ts, GiltSet *s, Value key) {
    int64_t h;
    if (hash_key(ts, key, &h) < 0)
        return -1;
    return discard_hashed(ts, s, key, h);
}

// Retry [op] with frozenset(key) when key is an unhashable set.
static int with_frozen_key(GiltThread *ts, GiltSet *s, Value key,
                           int (*op)(GiltThread *, GiltSet *, Value)) {
    int r = op(ts, s, key);
    if (r >= 0 || !GILT_IS_SUB(ts, key, GILT_TF_SET_SUB) ||
        gilt_isinstance_type(ts, key, GILT_TYPE(ts, FROZENSET)) ||
        !gilt_exc_matches(ts, GILT_EXC_TYPE_ERROR))
        return r;
    gilt_exc_clear(ts);
    Value tmp = gilt_set_from_iterable(ts, GILT_TYPE(ts, FROZENSET), key);
    if (!tmp)
        return -1;
    gilt_gc_push_root(ts, tmp);
    r = op(ts, s, tmp);
    gilt_gc_pop_root(ts);
    return r;
}

int gilt_set_contains(GiltThread *ts, GiltSet *s, Value key) {
    return with_frozen_key(ts, s, key, contains_key);
}

int gilt_set_discard(GiltThread *ts, GiltSet *s, Value key) {
    return with_frozen_key(ts, s, key, discard_key);
}

void gilt_set_clear(GiltThread *ts, GiltSet *s) {
    if (s->table != s->small)
        gilt_mem_free(ts->vm, s->table, (s->mask + 1) * sizeof(GiltSetEntry));
    init_table(s);
}

bool gilt_set_next(GiltSet *s, size_t *pos, Value *key, int64_t *hash) {
    size_t i = *pos;
    while (i <= s->mask &&
           (s->table[i].key == VAL_NULL || s->table[i].key == GILT_SET_DUMMY))
        i++;
    *pos = i + 1;
    if (i > s->mask)
        return false;
    if (key)
        *key = s->table[i].key;
    if (hash)
        *hash = s->table[i].hash;
    return true;
}

// ---- bulk operations ------------------------------------------------------------

// s.update(other) for a set or frozenset [o] (CPython's set_merge).
static int merge(GiltThread *ts, GiltSet *s, GiltSet *o) {
    if (o == s || o->used == 0)
        return 0;
    if ((s->fill + o->used) * 5 >= s->mask * 3 &&
        gilt_set_table_resize(ts, s, (s->used + o->used) * 2) < 0)
        return -1;
    if (s->fill == 0 && s->mask == o->mask && o->fill == o->used) {
        // Same size, no dummies: copy the table as is.
        memcpy(s->table, o->table, (o->mask + 1) * sizeof(GiltSetEntry));
        s->fill = o->fill;
        s->used = o->used;
        return 0;
    }
    if (s->fill == 0) {
        s->fill = s->used = o->used;
        for (size_t i = 0; i <= o->mask; i++) {
            GiltSetEntry *e = &o->table[i];
            if (e->key != VAL_NULL && e->key != GILT_SET_DUMMY)
                insert_clean(s->table, s->mask, e->key, e->hash);
        }
        return 0;
    }
    for (size_t i = 0; i <= o->mask; i++) {
        GiltSetEntry e = o->table[i];
        if (e.key != VAL_NULL && e.key != GILT_SET_DUMMY &&
            gilt_set_add_hashed(ts, s, e.key, e.hash) < 0)
            return -1;
    }
    return 0;
}

static int update_from_dict(GiltThread *ts, GiltSet *s, GiltDict *d) {
    if ((s->fill + d->len) * 5 >= s->mask * 3 &&
        gilt_set_table_resize(ts, s, (s->used + d->len) * 2) < 0)
        return -1;
    for (size_t i = 0; i < d->nentries; i++) {
        GiltDictEntry e = d->entries[i];
        if (e.key && gilt_set_add_hashed(ts, s, e.key, e.hash) < 0)
            return -1;
    }
    return 0;
}

int gilt_set_update(GiltThread *ts, GiltSet *s, Value other) {
    if (GILT_IS_ANYSET(ts, other))
        return merge(ts, s, AS_SET(other));
    if (GILT_IS(ts, other, DICT))
        return update_from_dict(ts, s, AS_DICT(other));
    Value it = gilt_iter(ts, other);
    if (!it)
        return -1;
    gilt_gc_push_root(ts, it);
    Value key;
    int r = 0;
    while ((key = gilt_next(ts, it))) {
        // Hashing may run code while [key] is referenced only from here.
        gilt_gc_push_root(ts, key);
        r = gilt_set_add(ts, s, key);
        gilt_gc_pop_root(ts);
        if (r < 0)
            break;
    }
    gilt_gc_pop_root(ts);
    return r < 0 || ts->exc ? -1 : 0;
}

Value gilt_set_from_iterable(GiltThread *ts, GiltType *type, Value iterable) {
    GiltSet *s = alloc_set(ts, type);
    if (!s)
        return VAL_NULL;
    if (!iterable)
        return OBJ_VAL(s);
    gilt_gc_push_root(ts, OBJ_VAL(s));
    int r = gilt_set_update(ts, s, iterable);
    gilt_gc_pop_root(ts);
    return r < 0 ? VAL_NULL : OBJ_VAL(s);
}

GiltType *gilt_set_base_type(GiltThread *ts, Value s) {
    if (gilt_isinstance_type(ts, s, GILT_TYPE(ts, FROZENSET)))
        return GILT_TYPE(ts, FROZENSET);
    return GILT_TYPE(ts, SET);
}

Value gilt_set_copy(GiltThread *ts, Value s) {
    return gilt_set_from_iterable(ts, gilt_set_base_type(ts, s), s);
}

Value gilt_set_intersection(GiltThread *ts, GiltSet *s, Value other) {
    if (OBJ_VAL(s) == other)
        return gilt_set_copy(ts, other);
    Value rv = gilt_set_from_iterable(ts, gilt_set_base_type(ts, OBJ_VAL(s)),
                                      VAL_NULL);
    if (!rv)
        return VAL_NULL;
    gilt_gc_push_root(ts, rv);
    GiltSet *res = AS_SET(rv);
    if (GILT_IS_ANYSET(ts, other)) {
        GiltSet *a = s, *b = AS_SET(other);
        if (b->used > a->used) {
            a = b;
            b = s;
        }
        // Iterate the smaller set, probe the larger.
        Value k;
        int64_t h;
        for (size_t pos = 0; gilt_set_next(b, &pos, &k, &h);) {
            int c = gilt_set_contains_hashed(ts, a, k, h);
            if (c < 0 || (c && gilt_set_add_hashed(ts, res, k, h) < 0))
                return VAL_NULL;
        }
        return rv;
    }
    Value it = gilt_iter(ts, other);
    if (!it)
        return VAL_NULL;
    gilt_gc_push_root(ts, it);
    Value k;
    size_t mark = gilt_gc_roots_mark(ts);
    while ((k = gilt_next(ts, it))) {
        int64_t h;
        gilt_gc_roots_restore(ts, mark);
        gilt_gc_push_root(ts, k);
        if (hash_key(ts, k, &h) < 0)
            return VAL_NULL;
        int c = gilt_set_contains_hashed(ts, s, k, h);
        if (c < 0 || (c && gilt_set_add_hashed(ts, res, k, h) < 0))
            return VAL_NULL;
        if (res->used >= s->used)
            break;
    }
    return ts->exc ? VAL_NULL : rv;
}

int gilt_set_difference_update(GiltThread *ts, GiltSet *s, Value other) {
    if (OBJ_VAL(s) == other) {
        gilt_set_clear(ts, s);
        return 0;
    }
    size_t mark = gilt_gc_roots_mark(ts);
    if (GILT_IS_ANYSET(ts, other)) {
        // A much larger other is replaced by its intersection with s.
        if ((AS_SET(other)->used >> 3) > s->used) {
            other = gilt_set_intersection(ts, s, other);
            if (!other)
                return -1;
            gilt_gc_push_root(ts, other);
        }
        Value k;
        int64_t h;
        for (size_t pos = 0; gilt_set_next(AS_SET(other), &pos, &k, &h);)
            if (discard_hashed(ts, s, k, h) < 0)
                goto fail;
    } else {
        Value it = gilt_iter(ts, other);
        if (!it)
            return -1;
        gilt_gc_push_root(ts, it);
        Value k;
        size_t inner = gilt_gc_roots_mark(ts);
        while ((k = gilt_next(ts, it))) {
            gilt_gc_push_root(ts, k);
            int r = discard_key(ts, s, k);
            gilt_gc_roots_restore(ts, inner);
            if (r < 0)
                goto fail;
        }
        if (ts->exc)
            goto fail;
    }
    gilt_gc_roots_restore(ts, mark);
    // Purge dummies when they are more than a quarter of the table.
    if (s->fill - s->used <= s->mask / 4)
        return 0;
    return grow(ts, s);
fail:
    gilt_gc_roots_restore(ts, mark);
    return -1;
}

// Toggle (key, hash) in s: remove it if present, else add it.
static int toggle(GiltThread *ts, GiltSet *s, Value k, int64_t h) {
    int r = discard_hashed(ts, s, k, h);
    if (r == 0)
        r = gilt_set_add_hashed(ts, s, k, h);
    return r < 0 ? -1 : 0;
}

int gilt_set_symmetric_difference_update(GiltThread *ts, GiltSet *s,
                                         Value other) {
    if (OBJ_VAL(s) == other) {
        gilt_set_clear(ts, s);
        return 0;
    }
    if (GILT_IS(ts, other, DICT)) {
        GiltDict *d = AS_DICT(other);
        for (size_t i = 0; i < d->nentries; i++) {
            GiltDictEntry e = d->entries[i];
            if (e.key && toggle(ts, s, e.key, e.hash) < 0)
                return -1;
        }
        return 0;
    }
    size_t mark = gilt_gc_roots_mark(ts);
    if (!GILT_IS_ANYSET(ts, other)) {
        other = gilt_set_from_iterable(ts, gilt_set_base_type(ts, OBJ_VAL(s)),
                                       other);
        if (!other)
            return -1;
        gilt_gc_push_root(ts, other);
    }
    Value k;
    int64_t h;
    int r = 0;
    for (size_t pos = 0; gilt_set_next(AS_SET(other), &pos, &k, &h);)
        if ((r = toggle(ts, s, k, h)) < 0)
            break;
    gilt_gc_roots_restore(ts, mark);
    return r;
}

// Replace s's table with t's (the result of an out-of-place operation).
void gilt_set_swap_bodies(GiltSet *s, GiltSet *t) {
    GiltSet tmp = *s;
    s->fill = t->fill;
    s->used = t->used;
    s->mask = t->mask;
    s->table = t->table == t->small ? s->small : t->table;
    memcpy(s->small, t->small, sizeof s->small);
    t->fill = tmp.fill;
    t->used = tmp.used;
    t->mask = tmp.mask;
    t->table = tmp.table == s->small ? t->small : tmp.table;
    memcpy(t->small, tmp.small, sizeof t->small);
    s->hash = -1;
    t->hash = -1;
}

// ---- frozenset hash ----------------------------------------------------------------

static uint64_t shuffle_bits(uint64_t h) {
    return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull;
}

int64_t gilt_set_hash(GiltSet *s) {
    if (s->hash != -1)
        return s->hash;
    uint64_t hash = 0;
    // Empty slots (hash 0) and dummies (hash -1) are included, then their
    // effect removed: xor cancels in pairs.
    for (size_t i = 0; i <= s->mask; i++)
        hash ^= shuffle_bits((uint64_t)s->table[i].hash);
    if ((s->mask + 1 - s->fill) & 1)
        hash ^= shuffle_bits(0);
    if ((s->fill - s->used) & 1)
        hash ^= shuffle_bits((uint64_t)-1);
    hash ^= ((uint64_t)s->used + 1) * 1927868237ull;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069u + 907133923ull;
    if (hash == (uint64_t)-1)
        hash = 590923713ull;
    s->hash = (int64_t)hash;
    return s->hash;
}
