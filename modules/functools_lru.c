/* functools_lru.c - _functools._lru_cache_wrapper, the callable that
 * functools.lru_cache returns (memoized recursion is a hot path).
 *
 * An unbounded cache is a dict from key to result. A bounded one maps
 * each key to a Link holding the result, and the links form a circular
 * list in recency order through [root]: a hit moves its link to the end,
 * eviction takes the link after root. The wrapper's trace hook walks the
 * list too, so a link is never freed while linked, even if user __eq__
 * code reentered the cache and replaced its dict entry.
 */
#include <stddef.h>

#include "../runtime/dict.h"
#include "../runtime/func.h"
#include "../runtime/int.h"
#include "../runtime/module.h"
#include "../runtime/str.h"
#include "../runtime/tuple.h"
#include "../runtime/type.h"
#include "../vm/gc.h"
#include "modules.h"

typedef struct Node {
    struct Node *prev, *next;
} Node;

typedef struct {
    GiltObject obj;
    Node node;
    Value key, result;
} Link;

typedef struct {
    GiltObject obj;
    Value func;
    GiltDict *cache;
    GiltDict *dict;       // __dict__ (update_wrapper fills it)
    Value kwd_mark;       // separates positional and keyword parts of keys
    Value cache_info_type;
    Value link_type;
    int64_t maxsize;      // -1: unbounded
    int64_t hits, misses;
    bool typed;
    Node root;            // the recency list of a bounded cache
} Lru;

#define LINK_OF(n) ((Link *)((char *)(n)-offsetof(Link, node)))

#define AS_LRU(v) ((Lru *)AS_OBJ(v))
#define ARGS GiltThread *ts, Value *args, int nargs, GiltTuple *kw

static Value lru_new(ARGS) {
    static const char *const names[] = {"user_function", "maxsize", "typed",
                                        "cache_info_type", NULL};
    Value a[4];
    if (gilt_parse_args(ts, "_lru_cache_wrapper", args + 1, nargs - 1, kw, names, 4, a) < 0)
        return VAL_NULL;
    if (!gilt_callable(ts, a[0]))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "the first argument must be callable");
    int64_t maxsize = -1;
    if (a[1] != VAL_NONE) {
        if (!gilt_is_int(ts, a[1]))
            return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "maxsize should be integer or None");
        if (gilt_index(ts, a[1], &maxsize) < 0)
            return VAL_NULL;
        if (maxsize < 0)
            maxsize = 0;
    }
    int typed = gilt_truthy(ts, a[2]);
    if (typed < 0)
        return VAL_NULL;
    GiltDict *cache = gilt_dict_new(ts);
    if (!cache)
        return VAL_NULL;
    gilt_gc_push_root(ts, OBJ_VAL(cache));
    Value mark = gilt_call0(ts, OBJ_VAL(GILT_TYPE(ts, OBJECT)));
    if (!mark)
        return VAL_NULL;
    gilt_gc_push_root(ts, mark);
    Value m = gilt_dict_get_str(ts, AS_DICT(ts->vm->modules),
                                gilt_str_intern_cstr(ts, "_functools"));
    Value link_type = m ? gilt_module_get(ts, m, "_lru_list_elem") : VAL_NULL;
    if (!link_type)
        return gilt_raise(ts, GILT_EXC_RUNTIME_ERROR, "_functools is not initialised");
    Lru *l = gilt_alloc_instance(ts, AS_TYPE(args[0]), sizeof(Lru));
    if (!l)
        return VAL_NULL;
    l->link_type = link_type;
    l->root.prev = l->root.next = &l->root;
    l->func = a[0];
    l->cache = cache;
    l->kwd_mark = mark;
    l->cache_info_type = a[3];
    l->maxsize = maxsize;
    l->typed = typed;
    return OBJ_VAL(l);
}

// The cache key: the lone argument itself for an exact int or str,
// else args + (mark,) + keyword items (+ the types when typed).
static Value make_key(GiltThread *ts, Lru *l, Value *args, int nargs, GiltTuple *kw) {
    size_t nkw = kw ? kw->len : 0;
    if (!nkw && !l->typed && nargs == 1 &&
        (IS_INT(args[0]) || GILT_IS(ts, args[0], STR) || GILT_IS(ts, args[0], INT)))
        return args[0];
    size_t n = (size_t)nargs + (nkw ? 1 + 2 * nkw : 0);
    if (l->typed)
        n += (size_t)nargs + nkw;
    GiltTuple *t = gilt_tuple_new(ts, n);
    if (!t)
        return VAL_NULL;
    size_t k = 0;
    for (int i = 0; i < nargs; i++)
        t->items[k++] = args[i];
    if (nkw) {
        t->items[k++] = l->kwd_mark;
        for (size_t i = 0; i < nkw; i++) {
            t->items[k++] = kw->items[i];
            t->items[k++] = args[nargs + i];
        }
    }
    if (l->typed) {
        for (int i = 0; i < nargs; i++)
            t->items[k++] = OBJ_VAL(gilt_typeof(ts, args[i]));
        for (size_t i = 0; i < nkw; i++)
            t->items[k++] = OBJ_VAL(gilt_typeof(ts, args[nargs + i]));
    }
    return OBJ_VAL(t);
}

static void unlink_node(Node *n) {
    n->prev->next = n->next;
    n->next->prev = n->prev;
}

static void append_node(Lru *l, Node *n) {
    n->prev = l->root.prev;
    n->next = &l->root;
    l->root.prev->next = n;
    l->root.prev = n;
}

static Value unbounded_call(GiltThread *ts, Lru *l, Value key, int64_t hash, Value *args,
                            int nargs, GiltTuple *kwnames) {
    Value cached;
    int found = gilt_dict_lookup_hashed(ts, l->cache, key, hash, &cached);
    if (found)
        return found < 0 ? VAL_NULL : (l->hits++, cached);
    l->misses++;
    Value r = gilt_call(ts, l->func, args, nargs, kwnames);
    if (!r)
        return VAL_NULL;
    gilt_gc_push_root(ts, r);
    return gilt_dict_set_hashed(ts, l->cache, key, hash, r) < 0 ? VAL_NULL : r;
}

// Store [result] for [key] as the most recent link, evicting the oldest
// when full. Returns result or VAL_NULL.
static Value bounded_store(GiltThread *ts, Lru *l, Value key, int64_t hash, Value result) {
    Value again;
    int found = gilt_dict_lookup_hashed(ts, l->cache, key, hash, &again);
    if (found)
        return found < 0 ? VAL_NULL : result; // a recursive call stored it
    if ((int64_t)l->cache->len >= l->maxsize && l->root.next != &l->root) {
        Link *old = LINK_OF(l->root.next);
        unlink_node(&old->node);
        gilt_gc_push_root(ts, OBJ_VAL(old));
        if (gilt_dict_pop(ts, l->cache, old->key, NULL) < 0) {
            append_node(l, &old->node); // still cached: keep it listed
            return VAL_NULL;
        }
    }
    Link *link = gilt_gc_alloc(ts, AS_TYPE(l->link_type), sizeof(Link));
    if (!link)
        return VAL_NULL;
    link->key = key;
    link->result = result;
    append_node(l, &link->node);
    if (gilt_dict_set_hashed(ts, l->cache, key, hash, OBJ_VAL(link)) < 0) {
        unlink_node(&link->node);
        return VAL_NULL;
    }
    return result;
}

static Value bounded_call(GiltThread *ts, Lru *l, Value key, int64_t hash, Value *args,
                          int nargs, GiltTuple *kwnames) {
    Value cached;
    int found = gilt_dict_lookup_hashed(ts, l->cache, key, hash, &cached);
    if (found < 0)
        return VAL_NULL;
    if (found) {
        Link *link = (Link *)AS_OBJ(cached);
        unlink_node(&link->node);
        append_node(l, &link->node);
        l->hits++;
        return link->result;
    }
    l->misses++;
    Value r = gilt_call(ts, l->func, args, nargs, kwnames);
    if (!r)
        return VAL_NULL;
    gilt_gc_push_root(ts, r);
    return bounded_store(ts, l, key, hash, r);
}

static Value lru_call(GiltThread *ts, Value self, Value *args, int nargs,
                      GiltTuple *kwnames) {
    Lru *l = AS_LRU(self);
    if (l->maxsize == 0) {
        l->misses++;
        return gilt_call(ts, l->func, args, nargs, kwnames);
    }
    Value key = make_key(ts, l, args, nargs, kwnames);
    if (!key)
        return VAL_NULL;
    size_t mark = gilt_gc_roots_mark(ts);
    gilt_gc_push_root(ts, key);
    int64_t hash;
    Value r = VAL_NULL;
    if (gilt_hash(ts, key, &hash) == 0)
        r = l->maxsize < 0 ? unbounded_call(ts, l, key, hash, args, nargs, kwnames)
                           : bounded_call(ts, l, key, hash, args, nargs, kwnames);
    gilt_gc_roots_restore(ts, mark);
    return r;
}

static Value lru_cache_info(ARGS) {
    Lru *l = AS_LRU(args[0]);
    Value a[4] = {gilt_int_from_i64(ts, l->hits), gilt_int_from_i64(ts, l->misses),
                  l->maxsize < 0 ? VAL_NONE : gilt_int_from_i64(ts, l->maxsize),
                  gilt_int_from_i64(ts, (int64_t)l->cache->len)};
    for (int i = 0; i < 4; i++)
        if (!a[i])
            return VAL_NULL;
    return gilt_call(ts, l->cache_info_type, a, 4, NULL);
}

static Value lru_cache_clear(ARGS) {
    Lru *l = AS_LRU(args[0]);
    gilt_dict_clear(ts, l->cache);
    l->hits = l->misses = 0;
    l->root.prev = l->root.next = &l->root;
    return VAL_NONE;
}

static Value lru_self(ARGS) {
    return args[0];
}

// Bound like a function when found on a class.
static Value lru_descr_get(GiltThread *ts, Value descr, Value obj, Value type) {
    if (!obj || obj == VAL_NONE)
        return descr;
    return gilt_method_new(ts, descr, obj);
}

static void lru_trace(GiltGC *gc, GiltObject *o) {
    Lru *l = (Lru *)o;
    gilt_gc_mark(gc, l->func);
    gilt_gc_mark_obj(gc, (GiltObject *)l->cache);
    gilt_gc_mark_obj(gc, (GiltObject *)l->dict);
    gilt_gc_mark(gc, l->kwd_mark);
    gilt_gc_mark(gc, l->cache_info_type);
    gilt_gc_mark(gc, l->link_type);
    for (Node *n = l->root.next; n && n != &l->root; n = n->next)
        gilt_gc_mark_obj(gc, &LINK_OF(n)->obj);
}

static void link_trace(GiltGC *gc, GiltObject *o) {
    gilt_gc_mark(gc, ((Link *)o)->key);
    gilt_gc_mark(gc, ((Link *)o)->result);
}

static const GiltMethodDef lru_methods[] = {
    {"__new__", lru_new, 0, -1, GILT_M_STATIC | GILT_M_KW},
    {"cache_info", lru_cache_info, 0, 0, 0},
    {"cache_clear", lru_cache_clear, 0, 0, 0},
    {"__copy__", lru_self, 0, 0, 0},
    {"__deepcopy__", lru_self, 1, 1, 0},
    {NULL}};

static const GiltTypeSpec lru_spec = {
    .name = "_lru_cache_wrapper",
    .module = "functools",
    .basicsize = sizeof(Lru),
    .dict_offset = offsetof(Lru, dict),
    .flags = GILT_TF_BASETYPE,
    .methods = lru_methods,
    .call = lru_call,
    .descr_get = lru_descr_get,
    .trace = lru_trace,
};

static const GiltTypeSpec link_spec = {
    .name = "_lru_list_elem",
    .module = "functools",
    .basicsize = sizeof(Link),
    .trace = link_trace,
};

int gilt_functools_lru_init(GiltThread *ts, Value module) {
    GiltType *t = gilt_type_from_spec(ts, &lru_spec, GILT_T__COUNT);
    GiltType *lt = t ? gilt_type_from_spec(ts, &link_spec, GILT_T__COUNT) : NULL;
    if (!lt || gilt_module_add(ts, module, "_lru_list_elem", OBJ_VAL(lt)) < 0)
        return -1;
    return gilt_module_add(ts, module, "_lru_cache_wrapper", OBJ_VAL(t));
}
