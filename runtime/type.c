/* type.c - Type objects: builtin types from specs, C3 MRO, the method
 * cache and version tags, and the C hooks a class derives from its dunders.
 *
 * Method cache: gilt_type_lookup() caches (type version, name) -> value,
 * misses included, in a direct-mapped table per VM. A type's version
 * changes whenever its dict or one of its ancestors' dicts changes
 * (gilt_type_modified walks the subclass lists), so a cached entry is
 * never stale. Builtin types are immutable, so their versions never move.
 */
#include "type.h"

#include "../vm/gc.h"
#include "dict.h"
#include "func.h"
#include "str.h"
#include "tuple.h"

// ---- method cache -------------------------------------------------------------

static size_t cache_index(uint32_t version, GiltStr *name) {
    uint64_t h = (uint64_t)version * 0x9E3779B97F4A7C15ull;
    h ^= (uint64_t)(uintptr_t)name >> 4;
    return (size_t)(h ^ (h >> 29)) & (GILT_METHOD_CACHE_SIZE - 1);
}

static Value find_in_mro(GiltThread *ts, GiltType *type, GiltStr *name) {
    GiltTuple *mro = type->mro;
    if (!mro)
        return type->dict ? gilt_dict_get_str(ts, type->dict, name) : VAL_NULL;
    for (size_t i = 0; i < mro->len; i++) {
        GiltType *t = AS_TYPE(mro->items[i]);
        Value v = gilt_dict_get_str(ts, t->dict, name);
        if (v)
            return v;
    }
    return VAL_NULL;
}

Value gilt_type_lookup(GiltThread *ts, GiltType *type, GiltStr *name) {
    uint32_t ver = type->version;
    if (GILT_LIKELY(ver)) {
        GiltMethodCacheEntry *e =
            &ts->vm->method_cache[cache_index(ver, name)];
        if (e->version == ver && e->name == name)
            return e->value;
        Value v = find_in_mro(ts, type, name);
        e->version = ver;
        e->name = name;
        e->value = v;
        return v;
    }
    return find_in_mro(ts, type, name);
}

void gilt_type_new_version(GiltVM *vm, GiltType *t) {
    t->version = vm->next_type_version;
    if (vm->next_type_version)
        vm->next_type_version++;
}

void gilt_type_modified(GiltThread *ts, GiltType *t) {
    gilt_type_new_version(ts->vm, t);
    if (t->flags & GILT_TF_HEAPTYPE)
        gilt_type_update_hooks(ts, t);
    for (uint32_t i = 0; i < t->nsubclasses; i++)
        gilt_type_modified(ts, t->subclasses[i]);
}

int gilt_type_add_subclass(GiltThread *ts, GiltType *base, GiltType *sub) {
    (void)ts;
    if (base->nsubclasses == base->subclasses_cap) {
        uint32_t cap = base->subclasses_cap ? base->subclasses_cap * 2 : 4;
        GiltType **s = realloc(base->subclasses, cap * sizeof *s);
        if (!s) {
            gilt_raise_nomem(ts);
            return -1;
        }
        base->subclasses = s;
        base->subclasses_cap = cap;
    }
    base->subclasses[base->nsubclasses++] = sub;
    return 0;
}

// ---- type tests -----------------------------------------------------------------

bool gilt_is_subtype(GiltType *a, GiltType *b) {
    if (a == b)
        return true;
    GiltTuple *mro = a->mro;
    if (!mro) {
        for (GiltType *t = a->base; t; t = t->base)
            if (t == b)
                return true;
        return false;
    }
    for (size_t i = 1; i < mro->len; i++)
        if (AS_OBJ(mro->items[i]) == &b->obj)
            return true;
    return false;
}

bool gilt_isinstance_type(GiltThread *ts, Value v, GiltType *type) {
    return gilt_is_subtype(gilt_typeof(ts, v), type);
}

const char *gilt_type_cname(GiltType *t) {
    return t->name ? t->name->data : "?";
}

const char *gilt_type_name(GiltThread *ts, Value v) {
    return gilt_type_cname(gilt_typeof(ts, v));
}

// ---- instance layout -------------------------------------------------------------

void *gilt_alloc_instance(GiltThread *ts, GiltType *cls, size_t size) {
    size_t extra = cls->basicsize - cls->solid->basicsize;
    if (cls->solid->varsize)
        size = (size + 7) & ~(size_t)7;
    return gilt_gc_alloc(ts, cls, size + extra);
}

Value *gilt_instance_extras(GiltObject *o) {
    GiltType *solid = o->type->solid;
    size_t off = solid->basicsize;
    if (solid->varsize)
        off = (solid->varsize(o) + 7) & ~(size_t)7;
    return (Value *)((char *)o + off);
}

GiltDict **gilt_instance_dict_slot(GiltObject *o) {
    GiltType *t = o->type;
    if (!t->dict_offset)
        return NULL;
    if (t->dict_offset < t->solid->basicsize)
        return (GiltDict **)((char *)o + t->dict_offset);
    return (GiltDict **)((char *)gilt_instance_extras(o) + t->dict_offset -
                         t->solid->basicsize);
}

// Heap types trace their extra Values (slots and __dict__), then the
// solid base's fields.
static void heap_trace(GiltGC *gc, GiltObject *o) {
    GiltType *t = o->type;
    size_t n = (t->basicsize - t->solid->basicsize) / sizeof(Value);
    if (n)
        gilt_gc_mark_values(gc, gilt_instance_extras(o), n);
    if (t->solid->trace)
        t->solid->trace(gc, o);
}

// ---- C3 linearisation -------------------------------------------------------------

typedef struct {
    GiltType **items;
    size_t n, pos;
} Seq;

static bool in_tail(Seq *seqs, size_t nseqs, GiltType *t) {
    for (size_t i = 0; i < nseqs; i++)
        for (size_t j = seqs[i].pos + 1; j < seqs[i].n; j++)
            if (seqs[i].items[j] == t)
                return true;
    return false;
}

static GiltType *merge_candidate(Seq *seqs, size_t nseqs) {
    for (size_t i = 0; i < nseqs; i++) {
        if (seqs[i].pos >= seqs[i].n)
            continue;
        GiltType *head = seqs[i].items[seqs[i].pos];
        if (!in_tail(seqs, nseqs, head))
            return head;
    }
    return NULL;
}

// CPython names the classes left at the heads of the unmerged lists.
static void mro_conflict(GiltThread *ts, Seq *seqs, size_t nseqs) {
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    gilt_strbuf_append_cstr(ts, &b, "Cannot create a consistent method "
                                    "resolution\norder (MRO) for bases ");
    bool first = true;
    for (size_t i = 0; i < nseqs; i++) {
        if (seqs[i].pos >= seqs[i].n)
            continue;
        GiltType *head = seqs[i].items[seqs[i].pos];
        bool dup = false;
        for (size_t j = 0; j < i; j++)
            dup |= seqs[j].pos < seqs[j].n && seqs[j].items[seqs[j].pos] == head;
        if (dup)
            continue;
        if (!first)
            gilt_strbuf_append_cstr(ts, &b, ", ");
        first = false;
        gilt_strbuf_append_cstr(ts, &b, gilt_type_cname(head));
    }
    Value msg = gilt_strbuf_finish(ts, &b);
    if (msg)
        gilt_raise_value(ts, GILT_EXC_TYPE_ERROR, msg);
}

GiltTuple *gilt_type_compute_mro(GiltThread *ts, GiltType *t,
                                 GiltTuple *bases) {
    size_t nseqs = bases->len + 1, total = 1;
    Seq *seqs = calloc(nseqs, sizeof *seqs);
    GiltType **out = NULL;
    GiltTuple *result = NULL;
    if (!seqs)
        goto nomem;
    for (size_t i = 0; i < bases->len; i++) {
        GiltTuple *m = AS_TYPE(bases->items[i])->mro;
        seqs[i].items = (GiltType **)m->items; // Values are pointers
        seqs[i].n = m->len;
        total += m->len;
    }
    seqs[bases->len].items = (GiltType **)bases->items;
    seqs[bases->len].n = bases->len;
    out = malloc(total * sizeof *out);
    if (!out)
        goto nomem;
    size_t nout = 0;
    out[nout++] = t;
    for (;;) {
        GiltType *c = merge_candidate(seqs, nseqs);
        if (!c)
            break;
        out[nout++] = c;
        for (size_t i = 0; i < nseqs; i++)
            if (seqs[i].pos < seqs[i].n && seqs[i].items[seqs[i].pos] == c)
                seqs[i].pos++;
    }
    for (size_t i = 0; i < nseqs; i++)
        if (seqs[i].pos < seqs[i].n) {
            mro_conflict(ts, seqs, nseqs);
            goto done;
        }
    result = gilt_tuple_from(ts, (Value *)out, nout);
    goto done;
nomem:
    gilt_raise_nomem(ts);
done:
    free(seqs);
    free(out);
    return result;
}

// ---- hooks ---------------------------------------------------------------------------

// The wrappers builtin types expose for their hooks (`__call__` of a
// builtin callable, `__next__` of an iterator...). Each calls the hook of
// self's solid base: a subclass overriding the dunder and calling
// super() must reach the C implementation, not its own override.
static Value wrap_call(GiltThread *ts, Value *args, int nargs,
                       GiltTuple *kw) {
    GiltType *t = gilt_typeof(ts, args[0])->solid;
    return t->call(ts, args[0], args + 1, nargs - 1, kw);
}

static Value wrap_next(GiltThread *ts, Value *args, int nargs,
                       GiltTuple *kw) {
    (void)nargs, (void)kw;
    Value r = gilt_typeof(ts, args[0])->solid->iternext(ts, args[0]);
    if (!r && !ts->exc)
        return gilt_raise_value(ts, GILT_EXC_STOP_ITERATION, VAL_NULL);
    return r;
}

static Value wrap_getattribute(GiltThread *ts, Value *args, int nargs,
                               GiltTuple *kw) {
    (void)nargs, (void)kw;
    if (!GILT_IS_SUB(ts, args[1], GILT_TF_STR_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "attribute name must be string, not '%T'", args[1]);
    GiltStr *name = gilt_str_intern(ts, AS_STR(args[1]));
    if (!name)
        return VAL_NULL;
    GiltGetAttrFn f = gilt_typeof(ts, args[0])->solid->getattr;
    return f ? f(ts, args[0], name) : gilt_generic_getattr(ts, args[0], name);
}

static Value set_or_del(GiltThread *ts, Value self, Value name, Value v) {
    if (!GILT_IS_SUB(ts, name, GILT_TF_STR_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "attribute name must be string, not '%T'", name);
    GiltStr *n = gilt_str_intern(ts, AS_STR(name));
    if (!n)
        return VAL_NULL;
    GiltSetAttrFn f = gilt_typeof(ts, self)->solid->setattr;
    int r = f ? f(ts, self, n, v) : gilt_generic_setattr(ts, self, n, v);
    return r < 0 ? VAL_NULL : VAL_NONE;
}

static Value wrap_setattr(GiltThread *ts, Value *args, int nargs,
                          GiltTuple *kw) {
    (void)nargs, (void)kw;
    return set_or_del(ts, args[0], args[1], args[2]);
}

static Value wrap_delattr(GiltThread *ts, Value *args, int nargs,
                          GiltTuple *kw) {
    (void)nargs, (void)kw;
    return set_or_del(ts, args[0], args[1], VAL_NULL);
}

static Value wrap_get(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    (void)kw;
    Value obj = args[1], type = nargs > 2 ? args[2] : VAL_NONE;
    if (obj == VAL_NONE && type == VAL_NONE)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "__get__(None, None) is invalid");
    // d.__get__(None, cls) is access through the class (wrap_descr_get).
    if (obj == VAL_NONE)
        obj = VAL_NULL;
    return gilt_typeof(ts, args[0])->solid->descr_get(ts, args[0], obj, type);
}

static Value wrap_set(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    (void)nargs, (void)kw;
    GiltDescrSetFn f = gilt_typeof(ts, args[0])->solid->descr_set;
    return f(ts, args[0], args[1], args[2]) < 0 ? VAL_NULL : VAL_NONE;
}

static Value wrap_delete(GiltThread *ts, Value *args, int nargs,
                         GiltTuple *kw) {
    (void)nargs, (void)kw;
    GiltDescrSetFn f = gilt_typeof(ts, args[0])->solid->descr_set;
    return f(ts, args[0], args[1], VAL_NULL) < 0 ? VAL_NULL : VAL_NONE;
}

static const GiltMethodDef hook_call = {"__call__", wrap_call, 0, -1,
                                        GILT_M_KW};
static const GiltMethodDef hook_next = {"__next__", wrap_next, 0, 0, 0};
static const GiltMethodDef hook_getattribute = {
    "__getattribute__", wrap_getattribute, 1, 1, 0};
static const GiltMethodDef hook_setattr = {"__setattr__", wrap_setattr, 2, 2,
                                           0};
static const GiltMethodDef hook_delattr = {"__delattr__", wrap_delattr, 1, 1,
                                           0};
static const GiltMethodDef hook_get = {"__get__", wrap_get, 1, 2, 0};
static const GiltMethodDef hook_set = {"__set__", wrap_set, 2, 2, 0};
static const GiltMethodDef hook_delete = {"__delete__", wrap_delete, 1, 1, 0};

Value gilt_iter_self(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    (void)ts, (void)nargs, (void)kw;
    return args[0];
}

// Is [v] one of the hook wrappers above (a builtin type's own dunder)?
static bool is_builtin_wrapper(GiltThread *ts, Value v) {
    if (!GILT_IS(ts, v, METHOD_DESCR))
        return false;
    const GiltMethodDef *d = ((GiltMethodDescr *)AS_OBJ(v))->def;
    return d == &hook_call || d == &hook_next || d == &hook_getattribute ||
           d == &hook_setattr || d == &hook_delattr || d == &hook_get ||
           d == &hook_set || d == &hook_delete;
}

// A class's hook: the solid base's when the dunder found is a builtin
// wrapper (or absent), the dunder-calling slot when a class defines it.
#define DERIVE(field, dunder, slot)                                            \
    do {                                                                       \
        Value f_ = gilt_type_lookup(ts, t, n->dunder);                         \
        t->field = (!f_ || is_builtin_wrapper(ts, f_)) ? solid->field : slot;  \
    } while (0)

void gilt_type_update_hooks(GiltThread *ts, GiltType *t) {
    GiltType *solid = t->solid;
    GiltNames *n = &ts->vm->names;
    DERIVE(call, __call__, gilt_slot_call);
    DERIVE(iternext, __next__, gilt_slot_iternext);
    DERIVE(getattr, __getattribute__, gilt_slot_getattr);
    DERIVE(descr_get, __get__, gilt_slot_descr_get);
    Value f = gilt_type_lookup(ts, t, n->__setattr__);
    Value d = gilt_type_lookup(ts, t, n->__delattr__);
    bool builtin = (!f || is_builtin_wrapper(ts, f)) &&
                   (!d || is_builtin_wrapper(ts, d));
    t->setattr = builtin ? solid->setattr : gilt_slot_setattr;
    f = gilt_type_lookup(ts, t, n->__set__);
    d = gilt_type_lookup(ts, t, n->__delete__);
    if (!f && !d)
        t->descr_set = NULL;
    else
        t->descr_set = (!f || is_builtin_wrapper(ts, f)) &&
                               (!d || is_builtin_wrapper(ts, d))
                           ? solid->descr_set
                           : gilt_slot_descr_set;
    if (t->flags & GILT_TF_HEAPTYPE) {
        t->trace = heap_trace;
        t->free = solid->free;
    }
}

// ---- builtin types from specs --------------------------------------------------

static int add_def(GiltThread *ts, GiltType *t, const GiltMethodDef *def) {
    Value descr;
    if (def->flags & GILT_M_STATIC) {
        Value fn = gilt_native_new(ts, def, VAL_NULL, VAL_NULL);
        if (!fn)
            return -1;
        GiltWrapper *w = gilt_gc_alloc(ts, GILT_TYPE(ts, STATICMETHOD),
                                       sizeof(GiltWrapper));
        if (!w)
            return -1;
        w->func = fn;
        descr = OBJ_VAL(w);
    } else {
        GiltMethodDescr *m = gilt_gc_alloc(ts, GILT_TYPE(ts, METHOD_DESCR),
                                           sizeof(GiltMethodDescr));
        if (!m)
            return -1;
        m->def = def;
        m->type = t;
        descr = OBJ_VAL(m);
        if (def->flags & GILT_M_CLASS) {
            GiltWrapper *w = gilt_gc_alloc(ts, GILT_TYPE(ts, CLASSMETHOD),
                                           sizeof(GiltWrapper));
            if (!w)
                return -1;
            w->func = descr;
            descr = OBJ_VAL(w);
        }
    }
    return gilt_dict_set_cstr(ts, t->dict, def->name, descr);
}

int gilt_type_add_methods(GiltThread *ts, GiltType *type,
                          const GiltMethodDef *defs) {
    for (const GiltMethodDef *d = defs; d && d->name; d++)
        if (add_def(ts, type, d) < 0)
            return -1;
    gilt_type_modified(ts, type);
    return 0;
}

static int add_getsets(GiltThread *ts, GiltType *t, const GiltGetSetDef *gs) {
    for (; gs && gs->name; gs++) {
        GiltGetSetDescr *d = gilt_gc_alloc(ts, GILT_TYPE(ts, GETSET_DESCR),
                                           sizeof(GiltGetSetDescr));
        if (!d)
            return -1;
        d->def = gs;
        d->type = t;
        if (gilt_dict_set_cstr(ts, t->dict, gs->name, OBJ_VAL(d)) < 0)
            return -1;
    }
    return 0;
}

// The wrappers for the hooks a spec sets, unless its methods name them.
static int add_hook_wrappers(GiltThread *ts, GiltType *t,
                             const GiltTypeSpec *spec) {
    const GiltMethodDef *w[8];
    int n = 0;
    if (spec->call)
        w[n++] = &hook_call;
    if (spec->iternext)
        w[n++] = &hook_next;
    // object's generic attribute access is exposed through the same
    // wrappers (a NULL hook means generic), so classes that inherit it
    // keep the fast C path.
    bool is_object = t->base == NULL;
    if (spec->getattr || is_object)
        w[n++] = &hook_getattribute;
    if (spec->setattr || is_object) {
        w[n++] = &hook_setattr;
        w[n++] = &hook_delattr;
    }
    if (spec->descr_get)
        w[n++] = &hook_get;
    if (spec->descr_set) {
        w[n++] = &hook_set;
        w[n++] = &hook_delete;
    }
    for (int i = 0; i < n; i++) {
        if (gilt_dict_get_str(ts, t->dict, gilt_str_intern_cstr(ts, w[i]->name)))
            continue;
        if (add_def(ts, t, w[i]) < 0)
            return -1;
    }
    return 0;
}

static void inherit(GiltType *t, GiltType *base, const GiltTypeSpec *spec) {
#define INHERIT(f) t->f = spec->f ? spec->f : (base ? base->f : NULL)
    INHERIT(call);
    INHERIT(iternext);
    INHERIT(getattr);
    INHERIT(setattr);
    INHERIT(descr_get);
    INHERIT(descr_set);
    INHERIT(trace);
    INHERIT(free);
    INHERIT(varsize);
#undef INHERIT
    t->basicsize = spec->basicsize ? spec->basicsize
                                   : (base ? base->basicsize : sizeof(GiltObject));
    t->dict_offset = spec->dict_offset ? spec->dict_offset
                                       : (base ? base->dict_offset : 0);
}

#define INHERITED_FLAGS                                                        \
    (GILT_TF_INT_SUB | GILT_TF_STR_SUB | GILT_TF_BYTES_SUB |                   \
     GILT_TF_LIST_SUB | GILT_TF_TUPLE_SUB | GILT_TF_DICT_SUB |                 \
     GILT_TF_TYPE_SUB | GILT_TF_EXC_SUB | GILT_TF_FLOAT_SUB | GILT_TF_SET_SUB)

static int fill_names(GiltThread *ts, GiltType *t, const GiltTypeSpec *spec) {
    if (!(t->name = gilt_str_intern_cstr(ts, spec->name)))
        return -1;
    t->qualname = t->name;
    if (!(t->dict = gilt_dict_new(ts)))
        return -1;
    if (spec->module) {
        Value m = gilt_str_from_cstr(ts, spec->module);
        if (!m || gilt_dict_set_str(ts, t->dict, GILT_NAME(ts, __module__), m) < 0)
            return -1;
    }
    if (spec->doc && !(t->doc = gilt_str_from_cstr(ts, spec->doc)))
        return -1;
    return 0;
}

GiltType *gilt_type_from_spec(GiltThread *ts, const GiltTypeSpec *spec,
                              int id) {
    GiltVM *vm = ts->vm;
    GiltType *t = id < GILT_T__COUNT ? vm->types[id] : NULL;
    if (!t) {
        t = gilt_gc_alloc(ts, vm->types[GILT_T_TYPE], sizeof(GiltType));
        if (!t)
            return NULL;
        t->id = GILT_T__COUNT;
    }
    GiltType *base = id == GILT_T_OBJECT ? NULL
                     : spec->base_type ? spec->base_type
                                       : vm->types[spec->base];
    if (fill_names(ts, t, spec) < 0)
        return NULL;
    t->base = base;
    t->solid = t;
    t->flags = spec->flags | (base ? base->flags & INHERITED_FLAGS : 0);
    inherit(t, base, spec);
    Value b = base ? OBJ_VAL(base) : VAL_NULL;
    t->bases = base ? gilt_tuple_from(ts, &b, 1) : AS_TUPLE(vm->empty_tuple);
    if (!t->bases)
        return NULL;
    Value self = OBJ_VAL(t);
    if (base) {
        GiltTuple *bm = base->mro;
        GiltTuple *m = gilt_tuple_new(ts, bm->len + 1);
        if (!m)
            return NULL;
        m->items[0] = self;
        memcpy(m->items + 1, bm->items, bm->len * sizeof(Value));
        t->mro = m;
    } else if (!(t->mro = gilt_tuple_from(ts, &self, 1))) {
        return NULL;
    }
    for (const GiltMethodDef *d = spec->methods; d && d->name; d++)
        if (add_def(ts, t, d) < 0)
            return NULL;
    if (add_getsets(ts, t, spec->getsets) < 0 ||
        add_hook_wrappers(ts, t, spec) < 0)
        return NULL;
    if (base && gilt_type_add_subclass(ts, base, t) < 0)
        return NULL;
    gilt_type_new_version(vm, t);
    return t;
}
