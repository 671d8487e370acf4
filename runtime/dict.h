/* dict.h - dict: insertion-ordered hash table (CPython's compact layout).
 *
 * Entries are kept in insertion order in a dense array; a separate index
 * table of int32 maps hash slots to entry numbers. Deleting leaves a hole
 * (key VAL_NULL) that the next resize squeezes out.
 *
 * `layout` changes whenever a key is added or removed or the table is
 * rebuilt, and never when only a value changes; numbers come from one
 * VM-wide counter so they are unique across dicts. The eval loop's global
 * caches use it: a cached entry index stays valid while the layout does.
 */
#ifndef GILT_DICT_H
#define GILT_DICT_H

#include "object.h"

typedef struct GiltDictEntry {
    Value key; // VAL_NULL: deleted
    Value value;
    int64_t hash;
} GiltDictEntry;

struct GiltDict {
    GiltObject obj;
    GiltDictEntry *entries;
    int32_t *index; // 2^k slots; -1 empty, -2 deleted
    size_t nentries; // entries used, holes included
    size_t len;      // live entries
    size_t entries_cap;
    size_t index_mask; // slots - 1
    uint64_t layout;
};

#define AS_DICT(v) ((GiltDict *)AS_OBJ(v))

GiltDict *gilt_dict_new(GiltThread *ts);
GiltDict *gilt_dict_new_sized(GiltThread *ts, size_t n);

// Lookup: 1 found (*out borrowed), 0 missing, -1 error (hash/eq raised).
int gilt_dict_lookup(GiltThread *ts, GiltDict *d, Value key, Value *out);
// As gilt_dict_lookup for a key whose hash is known.
int gilt_dict_lookup_hashed(GiltThread *ts, GiltDict *d, Value key,
                            int64_t hash, Value *out);
// Lookup by a str (interned ones compare by pointer). Never runs user
// code: a key that is not a str never matches. Borrowed, or VAL_NULL.
Value gilt_dict_get_str(GiltThread *ts, GiltDict *d, GiltStr *key);
// The entry index holding interned [key], or -1 (for inline caches).
int64_t gilt_dict_find_str(GiltDict *d, GiltStr *key);
int gilt_dict_set(GiltThread *ts, GiltDict *d, Value key, Value value);
int gilt_dict_set_hashed(GiltThread *ts, GiltDict *d, Value key, int64_t hash,
                         Value value);
int gilt_dict_set_str(GiltThread *ts, GiltDict *d, GiltStr *key, Value value);
int gilt_dict_set_cstr(GiltThread *ts, GiltDict *d, const char *key,
                       Value value);
// Remove [key]: 1 removed (*out, if not NULL, gets the value), 0 missing
// (no exception), -1 error.
int gilt_dict_pop(GiltThread *ts, GiltDict *d, Value key, Value *out);
// Remove the last entry (dict.popitem): false when the dict is empty.
bool gilt_dict_popitem(GiltThread *ts, GiltDict *d, Value *key, Value *value);
// del d[key]: KeyError when missing.
int gilt_dict_del(GiltThread *ts, GiltDict *d, Value key);
void gilt_dict_clear(GiltThread *ts, GiltDict *d);
GiltDict *gilt_dict_copy(GiltThread *ts, GiltDict *d);
// d.update(other) for a dict [other]; [override] false keeps existing keys.
int gilt_dict_merge(GiltThread *ts, GiltDict *d, GiltDict *other,
                    bool override);
// d.update(arg) for any mapping or iterable of pairs.
int gilt_dict_update(GiltThread *ts, GiltDict *d, Value arg);

// Iterate: start with *pos = 0; returns false at the end.
bool gilt_dict_next(GiltDict *d, size_t *pos, Value *key, Value *value);

// d[key] with dict semantics: KeyError(key), or the __missing__ of a
// subclass. [self] is a dict or dict-subclass instance.
Value gilt_dict_getitem(GiltThread *ts, Value self, Value key);
// iter(d): a dict_keyiterator.
Value gilt_dict_iter_new(GiltThread *ts, GiltDict *d);
// keys/values/items/__iter__/__reversed__ of dict (dictview.c).
extern const GiltMethodDef gilt_dictview_dict_methods[];

// A read-only view of [mapping] (types.MappingProxyType; a type's __dict__).
Value gilt_mappingproxy_new(GiltThread *ts, Value mapping);

int gilt_dict_init_types(GiltThread *ts);
int gilt_dict_methods_init_types(GiltThread *ts);
int gilt_dictview_init_types(GiltThread *ts);
int gilt_mappingproxy_init_types(GiltThread *ts);

#endif
