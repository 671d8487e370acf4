/* set.h - set and frozenset: CPython's open-addressing hash table.
 *
 * The table is CPython's (setobject.c): a power-of-two array of (key,
 * hash) entries probed linearly LINEAR_PROBES slots at a time, then with
 * perturbation; deleted entries become dummies; it grows when 3/5 full.
 * Same hashes and the same algorithm give the same slots, so iterating a
 * set of ints, floats or tuples yields CPython's order.
 *
 * Small sets keep their table inline (`small`); `table` points at it or at
 * a heap array. A frozenset caches its hash in `hash` (-1 until computed).
 */
#ifndef GILT_SET_H
#define GILT_SET_H

#include "object.h"

#define GILT_SET_MINSIZE 8

typedef struct GiltSetEntry {
    Value key; // VAL_NULL: never used; GILT_SET_DUMMY: deleted
    int64_t hash;
} GiltSetEntry;

typedef struct GiltSet {
    GiltObject obj;
    size_t fill;   // active + dummy entries
    size_t used;   // active entries
    size_t mask;   // slots - 1
    size_t finger; // where pop() looks next
    GiltSetEntry *table;
    int64_t hash; // frozenset only: cached hash, -1 until computed
    GiltSetEntry small[GILT_SET_MINSIZE];
} GiltSet;

// The key of a deleted entry: a constant that is no Python value.
#define GILT_SET_DUMMY (GILT_TAG_CONST | 0xDEAD)

#define AS_SET(v) ((GiltSet *)AS_OBJ(v))

// set or frozenset (or a subclass of either).
#define GILT_IS_ANYSET(ts, v) GILT_IS_SUB(ts, v, GILT_TF_SET_SUB)

// New empty set / frozenset. NULL on MemoryError.
GiltSet *gilt_set_new(GiltThread *ts);
GiltSet *gilt_frozenset_new(GiltThread *ts);
// A new set or frozenset of builtin type [type] (or any subclass of
// them) holding the items of [iterable] (VAL_NULL: empty).
Value gilt_set_from_iterable(GiltThread *ts, GiltType *type, Value iterable);

// s.add(key): 0 or -1 (TypeError for unhashable keys).
int gilt_set_add(GiltThread *ts, GiltSet *s, Value key);
int gilt_set_add_hashed(GiltThread *ts, GiltSet *s, Value key, int64_t hash);
// `key in s`: 1, 0, -1. An unhashable set [key] is looked up as a
// frozenset, as CPython does.
int gilt_set_contains(GiltThread *ts, GiltSet *s, Value key);
int gilt_set_contains_hashed(GiltThread *ts, GiltSet *s, Value key,
                             int64_t hash);
// s.discard(key): 1 removed, 0 absent, -1 error (set keys as above).
int gilt_set_discard(GiltThread *ts, GiltSet *s, Value key);
void gilt_set_clear(GiltThread *ts, GiltSet *s);
// s.update(iterable) / difference_update / symmetric_difference_update.
int gilt_set_update(GiltThread *ts, GiltSet *s, Value iterable);
int gilt_set_difference_update(GiltThread *ts, GiltSet *s, Value other);
int gilt_set_symmetric_difference_update(GiltThread *ts, GiltSet *s,
                                         Value other);
// s & other as a new set of s's base type.
Value gilt_set_intersection(GiltThread *ts, GiltSet *s, Value other);

// Iterate: start with *pos = 0; false at the end. Not safe across
// mutation (use the set iterator for Python-visible iteration).
bool gilt_set_next(GiltSet *s, size_t *pos, Value *key, int64_t *hash);

// CPython's frozenset hash (order-independent).
int64_t gilt_set_hash(GiltSet *s);

// s - other and s ^ other for a set or frozenset [self] and any iterable
// (set_methods.c); new set of self's base type.
Value gilt_set_difference(GiltThread *ts, Value self, Value other);
Value gilt_set_symmetric_difference(GiltThread *ts, Value self, Value other);
// self <= other / self >= other for any iterable [other]: 1, 0, -1.
int gilt_set_issubset(GiltThread *ts, Value self, Value other);
int gilt_set_issuperset(GiltThread *ts, Value self, Value other);
// The method tables of set_methods.c: set-only, frozenset-only, both.
extern const GiltMethodDef gilt_set_methods[];
extern const GiltMethodDef gilt_frozenset_methods[];
extern const GiltMethodDef gilt_anyset_methods[];

// Shared by set.c and set_methods.c.
int gilt_set_table_resize(GiltThread *ts, GiltSet *s, size_t minused);
GiltType *gilt_set_base_type(GiltThread *ts, Value s);
// Exchange the contents of two sets (s &= x computes x's result aside).
void gilt_set_swap_bodies(GiltSet *s, GiltSet *t);
Value gilt_set_copy(GiltThread *ts, Value s);

int gilt_set_init_types(GiltThread *ts);

#endif
