/* dict.c - The dict table: lookup, insert, delete, resize, iteration.
 * The dict type's methods and views are in dict_methods.c.
 *
 * Probing follows CPython (i = i*5 + perturb + 1, perturb >>= 5). A key
 * comparison first tests identity, then the cached hash, then exact strs
 * by bytes, and only then calls __eq__, after which the lookup restarts
 * if the comparison changed the dict under us.
 */
#include "dict.h"

#include "../vm/gc.h"
#include "list.h"
#include "str.h"
#include "type.h"

#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define MIN_SLOTS 8

static void new_layout(GiltThread *ts, GiltDict *d) {
    d->layout = ++ts->vm->next_dict_layout;
}

static size_t usable(size_t slots) {
    return slots * 2 / 3;
}

GiltDict *gilt_dict_new(GiltThread *ts) {
    GiltDict *d = gilt_gc_alloc(ts, GILT_TYPE(ts, DICT), sizeof(GiltDict));
    if (d)
        new_layout(ts, d);
    return d;
}

// Rebuild the index with [slots] slots and compact the entries.
static int resize(GiltThread *ts, GiltDict *d, size_t slots) {
    size_t cap = usable(slots);
    int32_t *index = gilt_mem_realloc(ts, NULL, 0, gilt_mem_size(slots, 4));
    if (!index)
        return -1;
    GiltDictEntry *entries =
        gilt_mem_realloc(ts, NULL, 0, gilt_mem_size(cap, sizeof(GiltDictEntry)));
    if (!entries) {
        gilt_mem_free(ts->vm, index, slots * 4);
        return -1;
    }
    memset(index, 0xFF, slots * 4);
    size_t n = 0, mask = slots - 1;
    for (size_t i = 0; i < d->nentries; i++) {
        GiltDictEntry *e = &d->entries[i];
        if (!e->key)
            continue;
        size_t j = (size_t)e->hash & mask;
        for (uint64_t perturb = (uint64_t)e->hash; index[j] != IX_EMPTY;) {
            perturb >>= 5;
            j = (j * 5 + perturb + 1) & mask;
        }
        index[j] = (int32_t)n;
        entries[n++] = *e;
    }
    gilt_mem_free(ts->vm, d->entries, d->entries_cap * sizeof(GiltDictEntry));
    gilt_mem_free(ts->vm, d->index, (d->index_mask + 1) * 4);
    d->entries = entries;
    d->entries_cap = cap;
    d->index = index;
    d->index_mask = mask;
    d->nentries = n;
    new_layout(ts, d);
    return 0;
}

GiltDict *gilt_dict_new_sized(GiltThread *ts, size_t n) {
    GiltDict *d = gilt_dict_new(ts);
    if (!d || n <= usable(MIN_SLOTS))
        return d;
    size_t slots = MIN_SLOTS;
    while (usable(slots) < n)
        slots *= 2;
    return resize(ts, d, slots) < 0 ? NULL : d;
}

static int set_hashed(GiltThread *ts, GiltDict *d, Value key, int64_t hash,
                      Value value);

static int hash_key(GiltThread *ts, Value key, int64_t *h) {
    if (IS_OBJ(key) && AS_OBJ(key)->type == GILT_TYPE(ts, STR)) {
        *h = gilt_str_hash(AS_STR(key));
        return 0;
    }
    return gilt_hash(ts, key, h);
}

// Find [key]: its entry index (>= 0), IX_EMPTY when absent (then *slot is
// where it would go), or -3 on error.
static int64_t find(GiltThread *ts, GiltDict *d, Value key, int64_t hash,
                    size_t *slot) {
restart:
    if (!d->index) {
        *slot = 0;
        return IX_EMPTY;
    }
    size_t mask = d->index_mask, j = (size_t)hash & mask;
    int64_t free_slot = -1;
    GiltType *str = GILT_TYPE(ts, STR);
    for (uint64_t perturb = (uint64_t)hash;;) {
        int32_t ix = d->index[j];
        if (ix == IX_EMPTY) {
            *slot = free_slot >= 0 ? (size_t)free_slot : j;
            return IX_EMPTY;
        }
        if (ix == IX_DUMMY) {
            if (free_slot < 0)
                free_slot = (int64_t)j;
        } else {
            GiltDictEntry *e = &d->entries[ix];
            Value k = e->key;
            if (k == key)
                return ix;
            if (e->hash == hash) {
                if (IS_OBJ(k) && IS_OBJ(key) && AS_OBJ(k)->type == str &&
                    AS_OBJ(key)->type == str) {
                    if (gilt_str_eq(AS_STR(k), AS_STR(key)))
                        return ix;
                } else if (!BOTH_INT(k, key)) {
                    GiltDictEntry *entries = d->entries;
                    // __eq__ may delete [k] from the dict.
                    gilt_gc_push_root(ts, k);
                    int eq = gilt_eq(ts, k, key);
                    gilt_gc_pop_root(ts);
                    if (eq < 0)
                        return -3;
                    if (entries != d->entries || d->entries[ix].key != k)
                        goto restart;
                    if (eq)
                        return ix;
                }
            }
        }
        perturb >>= 5;
        j = (j * 5 + perturb + 1) & mask;
    }
}

int gilt_dict_lookup(GiltThread *ts, GiltDict *d, Value key, Value *out) {
    int64_t h;
    if (hash_key(ts, key, &h) < 0)
        return -1;
    size_t slot;
    int64_t ix = find(ts, d, key, h, &slot);
    if (ix == -3)
        return -1;
    if (ix < 0)
        return 0;
    *out = d->entries[ix].value;
    return 1;
}

int gilt_dict_lookup_hashed(GiltThread *ts, GiltDict *d, Value key,
                            int64_t hash, Value *out) {
    size_t slot;
    int64_t ix = find(ts, d, key, hash, &slot);
    if (ix == -3)
        return -1;
    if (ix < 0)
        return 0;
    *out = d->entries[ix].value;
    return 1;
}

int gilt_dict_set_hashed(GiltThread *ts, GiltDict *d, Value key, int64_t hash,
                         Value value) {
    return set_hashed(ts, d, key, hash, value);
}

int64_t gilt_dict_find_str(GiltDict *d, GiltStr *key) {
    if (!d->index)
        return -1;
    int64_t hash = gilt_str_hash(key);
    size_t mask = d->index_mask, j = (size_t)hash & mask;
    for (uint64_t perturb = (uint64_t)hash;;) {
        int32_t ix = d->index[j];
        if (ix == IX_EMPTY)
            return -1;
        if (ix >= 0) {
            Value k = d->entries[ix].key;
            if (k == OBJ_VAL(key))
                return ix;
            if (d->entries[ix].hash == hash && IS_OBJ(k) &&
                (AS_OBJ(k)->type->flags & GILT_TF_STR_SUB) &&
                gilt_str_eq(AS_STR(k), key))
                return ix;
        }
        perturb >>= 5;
        j = (j * 5 + perturb + 1) & mask;
    }
}

Value gilt_dict_get_str(GiltThread *ts, GiltDict *d, GiltStr *key) {
    (void)ts;
    int64_t ix = gilt_dict_find_str(d, key);
    return ix < 0 ? VAL_NULL : d->entries[ix].value;
}

static int insert_new(GiltThread *ts, GiltDict *d, Value key, int64_t hash,
                      Value value, size_t slot) {
    if (d->nentries >= d->entries_cap) {
        size_t slots = MIN_SLOTS;
        while (usable(slots) <= d->len * 3 / 2 + 1)
            slots *= 2;
        if (resize(ts, d, slots) < 0)
            return -1;
        size_t s;
        find(ts, d, key, hash, &s); // cannot fail: no equal key present
        slot = s;
    }
    d->index[slot] = (int32_t)d->nentries;
    GiltDictEntry *e = &d->entries[d->nentries++];
    e->key = key;
    e->value = value;
    e->hash = hash;
    d->len++;
    new_layout(ts, d);
    return 0;
}

static int set_hashed(GiltThread *ts, GiltDict *d, Value key, int64_t hash,
                      Value value) {
    size_t slot;
    int64_t ix = find(ts, d, key, hash, &slot);
    if (ix == -3)
        return -1;
    if (ix >= 0) {
        d->entries[ix].value = value;
        return 0;
    }
    return insert_new(ts, d, key, hash, value, slot);
}

int gilt_dict_set(GiltThread *ts, GiltDict *d, Value key, Value value) {
    int64_t h;
    if (hash_key(ts, key, &h) < 0)
        return -1;
    return set_hashed(ts, d, key, h, value);
}

int gilt_dict_set_str(GiltThread *ts, GiltDict *d, GiltStr *key, Value value) {
    int64_t ix = gilt_dict_find_str(d, key);
    if (ix >= 0) {
        d->entries[ix].value = value;
        return 0;
    }
    return set_hashed(ts, d, OBJ_VAL(key), gilt_str_hash(key), value);
}

int gilt_dict_set_cstr(GiltThread *ts, GiltDict *d, const char *key,
                       Value value) {
    GiltStr *k = gilt_str_intern_cstr(ts, key);
    return k ? gilt_dict_set_str(ts, d, k, value) : -1;
}

int gilt_dict_pop(GiltThread *ts, GiltDict *d, Value key, Value *out) {
    int64_t h;
    if (hash_key(ts, key, &h) < 0)
        return -1;
    size_t slot;
    int64_t ix = find(ts, d, key, h, &slot);
    if (ix == -3)
        return -1;
    if (ix < 0)
        return 0;
    // Find the index slot pointing at ix to mark it deleted.
    size_t mask = d->index_mask, j = (size_t)h & mask;
    for (uint64_t perturb = (uint64_t)h; d->index[j] != ix;) {
        perturb >>= 5;
        j = (j * 5 + perturb + 1) & mask;
    }
    d->index[j] = IX_DUMMY;
    GiltDictEntry *e = &d->entries[ix];
    if (out)
        *out = e->value;
    e->key = e->value = VAL_NULL;
    d->len--;
    new_layout(ts, d);
    return 1;
}

bool gilt_dict_popitem(GiltThread *ts, GiltDict *d, Value *key, Value *value) {
    size_t ix = d->nentries;
    while (ix > 0 && !d->entries[ix - 1].key)
        ix--;
    if (ix == 0)
        return false;
    GiltDictEntry *e = &d->entries[--ix];
    size_t mask = d->index_mask, j = (size_t)e->hash & mask;
    for (uint64_t perturb = (uint64_t)e->hash; d->index[j] != (int32_t)ix;) {
        perturb >>= 5;
        j = (j * 5 + perturb + 1) & mask;
    }
    d->index[j] = IX_DUMMY;
    *key = e->key;
    *value = e->value;
    e->key = e->value = VAL_NULL;
    // The entry was the last one: later popitems need not skip it. Its
    // index slot stays a dummy, so one fewer entry may be added before
    // the next resize (CPython does not give back dk_usable either);
    // without this, pop/insert cycles would fill the index with dummies
    // and a failing lookup would never meet an empty slot.
    d->nentries = ix;
    d->entries_cap--;
    d->len--;
    new_layout(ts, d);
    return true;
}

int gilt_dict_del(GiltThread *ts, GiltDict *d, Value key) {
    int r = gilt_dict_pop(ts, d, key, NULL);
    if (r == 0) {
        gilt_raise_value(ts, GILT_EXC_KEY_ERROR, key);
        return -1;
    }
    return r < 0 ? -1 : 0;
}

void gilt_dict_clear(GiltThread *ts, GiltDict *d) {
    gilt_mem_free(ts->vm, d->entries, d->entries_cap * sizeof(GiltDictEntry));
    gilt_mem_free(ts->vm, d->index, d->index ? (d->index_mask + 1) * 4 : 0);
    d->entries = NULL;
    d->index = NULL;
    d->nentries = d->len = d->entries_cap = d->index_mask = 0;
    new_layout(ts, d);
}

bool gilt_dict_next(GiltDict *d, size_t *pos, Value *key, Value *value) {
    while (*pos < d->nentries) {
        GiltDictEntry *e = &d->entries[(*pos)++];
        if (e->key) {
            if (key)
                *key = e->key;
            if (value)
                *value = e->value;
            return true;
        }
    }
    return false;
}

int gilt_dict_merge(GiltThread *ts, GiltDict *d, GiltDict *other,
                    bool override) {
    if (d == other)
        return 0;
    for (size_t i = 0; i < other->nentries; i++) {
        GiltDictEntry e = other->entries[i];
        if (!e.key)
            continue;
        if (!override) {
            size_t slot;
            int64_t ix = find(ts, d, e.key, e.hash, &slot);
            if (ix == -3)
                return -1;
            if (ix >= 0)
                continue;
        }
        if (set_hashed(ts, d, e.key, e.hash, e.value) < 0)
            return -1;
    }
    return 0;
}

GiltDict *gilt_dict_copy(GiltThread *ts, GiltDict *d) {
    GiltDict *c = gilt_dict_new_sized(ts, d->len);
    if (!c || gilt_dict_merge(ts, c, d, true) < 0)
        return NULL;
    return c;
}

static int update_from_keys(GiltThread *ts, GiltDict *d, Value arg,
                            Value keys) {
    Value it = gilt_iter(ts, keys);
    if (!it)
        return -1;
    gilt_gc_push_root(ts, it);
    int r = 0;
    Value k;
    while ((k = gilt_next(ts, it))) {
        size_t mark = gilt_gc_roots_mark(ts);
        gilt_gc_push_root(ts, k);
        Value v = gilt_getitem(ts, arg, k);
        if (v)
            gilt_gc_push_root(ts, v);
        r = v ? gilt_dict_set(ts, d, k, v) : -1;
        gilt_gc_roots_restore(ts, mark);
        if (r < 0)
            break;
    }
    gilt_gc_pop_root(ts);
    return r < 0 || ts->exc ? -1 : 0;
}

static int update_pair(GiltThread *ts, GiltDict *d, Value item, size_t n) {
    Value seq = gilt_list_from_iterable(ts, item);
    if (!seq) {
        if (gilt_exc_matches(ts, GILT_EXC_TYPE_ERROR)) {
            gilt_exc_clear(ts);
            gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                       "cannot convert dictionary update sequence element #%zu "
                       "to a sequence",
                       n);
        }
        return -1;
    }
    GiltList *l = (GiltList *)AS_OBJ(seq);
    if (l->len != 2) {
        gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                   "dictionary update sequence element #%zu has length %zu; 2 "
                   "is required",
                   n, l->len);
        return -1;
    }
    gilt_gc_push_root(ts, seq);
    int r = gilt_dict_set(ts, d, l->items[0], l->items[1]);
    gilt_gc_pop_root(ts);
    return r;
}

int gilt_dict_update(GiltThread *ts, GiltDict *d, Value arg) {
    if (GILT_IS_SUB(ts, arg, GILT_TF_DICT_SUB)) {
        // CPython copies the entries of any dict whose __iter__ is dict's,
        // whatever its keys() or __getitem__ say.
        GiltType *t = gilt_typeof(ts, arg);
        GiltStr *it = GILT_NAME(ts, __iter__);
        if (t == GILT_TYPE(ts, DICT) ||
            gilt_type_lookup(ts, t, it) ==
                gilt_type_lookup(ts, GILT_TYPE(ts, DICT), it))
            return gilt_dict_merge(ts, d, AS_DICT(arg), true);
    }
    Value keys = gilt_getattr_opt(ts, arg, GILT_NAME(ts, keys));
    if (keys) {
        gilt_gc_push_root(ts, keys);
        Value kv = gilt_call0(ts, keys);
        gilt_gc_pop_root(ts);
        if (!kv)
            return -1;
        gilt_gc_push_root(ts, kv);
        int r = update_from_keys(ts, d, arg, kv);
        gilt_gc_pop_root(ts);
        return r;
    }
    if (ts->exc)
        return -1;
    Value it = gilt_iter(ts, arg);
    if (!it)
        return -1;
    gilt_gc_push_root(ts, it);
    Value item;
    size_t n = 0;
    int r = 0;
    while ((item = gilt_next(ts, it))) {
        // The pair is referenced only from here while it is unpacked.
        gilt_gc_push_root(ts, item);
        r = update_pair(ts, d, item, n++);
        gilt_gc_pop_root(ts);
        if (r < 0)
            break;
    }
    gilt_gc_pop_root(ts);
    return r < 0 || ts->exc ? -1 : 0;
}

// ---- GC ----------------------------------------------------------------------------------

static void dict_trace(GiltGC *gc, GiltObject *o) {
    GiltDict *d = (GiltDict *)o;
    for (size_t i = 0; i < d->nentries; i++) {
        gilt_gc_mark(gc, d->entries[i].key);
        gilt_gc_mark(gc, d->entries[i].value);
    }
}

static void dict_free(GiltVM *vm, GiltObject *o) {
    GiltDict *d = (GiltDict *)o;
    gilt_mem_free(vm, d->entries, 0);
    gilt_mem_free(vm, d->index, 0);
}

int gilt_dict_init_types(GiltThread *ts) {
    static const GiltTypeSpec spec = {
        .name = "dict",
        .basicsize = sizeof(GiltDict),
        .flags = GILT_TF_BASETYPE | GILT_TF_DICT_SUB,
        .trace = dict_trace,
        .free = dict_free,
    };
    return gilt_type_from_spec(ts, &spec, GILT_T_DICT) ? 0 : -1;
}
