/* interp_cache.h - Inline cache entries of LOAD_GLOBAL, STORE_GLOBAL,
 * LOAD_ATTR, STORE_ATTR and LOAD_METHOD (one per instruction).
 *
 * An entry remembers what the last execution found, with the tags that
 * prove it still holds: a type version (the type and its bases' dicts are
 * unchanged), dict layouts (the key set of a globals/builtins/module or
 * instance dict is unchanged, so a cached entry index still holds the
 * key). Values are always read fresh from the dict entry, so rebinding a
 * global or attribute needs no invalidation. The GIL serialises all use.
 */
#ifndef GILT_INTERP_CACHE_H
#define GILT_INTERP_CACHE_H

#include "../runtime/object.h"

typedef enum {
    CACHE_EMPTY,
    CACHE_GLOBAL,       // globals entry [index]
    CACHE_BUILTIN,      // not in globals (layout), builtins entry [index]
    CACHE_INSTANCE,     // attribute in the instance dict at [index]
    CACHE_TYPE_VALUE,   // class attribute [value] (not a data descriptor,
                        // not shadowed: the instance has no dict entry)
    CACHE_METHOD,       // function/method descriptor [value] on the type
    CACHE_MODULE,       // module dict entry [index]
    CACHE_SLOT,         // __slots__ member at byte offset [index]
    CACHE_PROPERTY,     // property: call fget [value]
} GiltCacheKind;

struct GiltCache {
    uint32_t name;      // co_names index of the name
    uint8_t kind;       // GiltCacheKind
    uint32_t version;   // type version
    int64_t index;      // dict entry index or slot offset
    uint64_t layout;    // globals / module / instance dict layout
    uint64_t layout2;   // builtins dict layout
    Value value;
    GiltObject *owner;  // the module dict (CACHE_MODULE) checked by identity
};

#endif
