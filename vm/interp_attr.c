/* interp_attr.c - Names and attributes for the eval loop: LOAD_GLOBAL and
 * LOAD_NAME lookups, and the slow paths of LOAD_ATTR / STORE_ATTR /
 * LOAD_METHOD, which compute the result with the generic algorithm and
 * record in the instruction's cache what the fast path may reuse
 * (interp_cache.h).
 */
#include "../runtime/dict.h"
#include "../runtime/func.h"
#include "../runtime/module.h"
#include "../runtime/str.h"
#include "../runtime/tuple.h"
#include "../runtime/type.h"
#include "interp_ops.h"

static GiltStr *cache_name(GiltCode *code, GiltCache *c) {
    return AS_STR(code->names->items[c->name]);
}

// ---- globals and names ------------------------------------------------------------

static Value name_error(GiltThread *ts, GiltStr *name) {
    gilt_raise(ts, GILT_EXC_NAME_ERROR, "name '%U' is not defined", name);
    Value e = ts->exc;
    if (e && ((GiltException *)AS_OBJ(e))->obj.type ==
                 ts->vm->exc_types[GILT_EXC_NAME_ERROR]) {
        GiltException *x = (GiltException *)AS_OBJ(e);
        if (x->dict || (x->dict = gilt_dict_new(ts)))
            gilt_dict_set_cstr(ts, x->dict, "name", OBJ_VAL(name));
        ts->exc = e;
    }
    return VAL_NULL;
}

Value gilt_load_global_slow(GiltThread *ts, GiltFrame *f, GiltCache *c) {
    GiltStr *name = cache_name(f->code, c);
    GiltDict *g = f->globals, *b = AS_DICT(f->builtins);
    int64_t ix = gilt_dict_find_str(g, name);
    if (ix >= 0) {
        c->kind = CACHE_GLOBAL;
        c->layout = g->layout;
        c->index = ix;
        return g->entries[ix].value;
    }
    ix = gilt_dict_find_str(b, name);
    if (ix >= 0) {
        c->kind = CACHE_BUILTIN;
        c->layout = g->layout;
        c->layout2 = b->layout;
        c->index = ix;
        return b->entries[ix].value;
    }
    return name_error(ts, name);
}

int gilt_store_global_slow(GiltThread *ts, GiltFrame *f, GiltCache *c,
                           Value v) {
    GiltStr *name = cache_name(f->code, c);
    GiltDict *g = f->globals;
    if (gilt_dict_set_str(ts, g, name, v) < 0)
        return -1;
    c->kind = CACHE_GLOBAL;
    c->layout = g->layout;
    c->index = gilt_dict_find_str(g, name);
    return 0;
}

int gilt_delete_global(GiltThread *ts, GiltFrame *f, GiltStr *name) {
    int r = gilt_dict_pop(ts, f->globals, OBJ_VAL(name), NULL);
    if (r == 0)
        name_error(ts, name);
    return r > 0 ? 0 : -1;
}

static Value mapping_get(GiltThread *ts, Value m, GiltStr *name) {
    if (GILT_IS(ts, m, DICT))
        return gilt_dict_get_str(ts, AS_DICT(m), name);
    Value v = gilt_getitem(ts, m, OBJ_VAL(name));
    if (!v && gilt_exc_matches(ts, GILT_EXC_KEY_ERROR))
        gilt_exc_clear(ts);
    return v;
}

Value gilt_load_name(GiltThread *ts, GiltFrame *f, GiltStr *name) {
    if (f->locals) {
        Value v = mapping_get(ts, f->locals, name);
        if (v || ts->exc)
            return v;
    }
    Value v = gilt_dict_get_str(ts, f->globals, name);
    if (v)
        return v;
    v = gilt_dict_get_str(ts, AS_DICT(f->builtins), name);
    return v ? v : name_error(ts, name);
}

int gilt_store_name(GiltThread *ts, GiltFrame *f, GiltStr *name, Value v) {
    if (!f->locals)
        return gilt_dict_set_str(ts, f->globals, name, v);
    if (GILT_IS(ts, f->locals, DICT))
        return gilt_dict_set_str(ts, AS_DICT(f->locals), name, v);
    return gilt_setitem(ts, f->locals, OBJ_VAL(name), v);
}

int gilt_delete_name(GiltThread *ts, GiltFrame *f, GiltStr *name) {
    Value m = f->locals ? f->locals : OBJ_VAL(f->globals);
    int r;
    if (GILT_IS(ts, m, DICT)) {
        r = gilt_dict_pop(ts, AS_DICT(m), OBJ_VAL(name), NULL);
    } else {
        r = gilt_delitem(ts, m, OBJ_VAL(name)) < 0 ? -1 : 1;
        if (r < 0 && gilt_exc_matches(ts, GILT_EXC_KEY_ERROR)) {
            gilt_exc_clear(ts);
            r = 0;
        }
    }
    if (r == 0)
        name_error(ts, name);
    return r > 0 ? 0 : -1;
}

static GiltStr *deref_name(GiltCode *co, uint32_t slot) {
    uint32_t i = slot - co->nlocals;
    if (i < co->ncells)
        return AS_STR(co->cellvars->items[i]);
    return AS_STR(co->freevars->items[i - co->ncells]);
}

Value gilt_load_classderef(GiltThread *ts, GiltFrame *f, uint32_t slot) {
    GiltStr *name = deref_name(f->code, slot);
    if (f->locals) {
        Value v = mapping_get(ts, f->locals, name);
        if (v || ts->exc)
            return v;
    }
    Value v = AS_CELL(f->slots[slot])->value;
    if (!v)
        gilt_unbound_deref(ts, f, slot);
    return v;
}

void gilt_unbound_local(GiltThread *ts, GiltFrame *f, uint32_t slot) {
    GiltStr *name = AS_STR(f->code->varnames->items[slot]);
    gilt_raise(ts, GILT_EXC_UNBOUND_LOCAL_ERROR,
               "cannot access local variable '%U' where it is not associated "
               "with a value",
               name);
}

void gilt_unbound_deref(GiltThread *ts, GiltFrame *f, uint32_t slot) {
    GiltCode *co = f->code;
    GiltStr *name = deref_name(co, slot);
    if (slot - co->nlocals < co->ncells)
        gilt_raise(ts, GILT_EXC_UNBOUND_LOCAL_ERROR,
                   "cannot access local variable '%U' where it is not "
                   "associated with a value",
                   name);
    else
        gilt_raise(ts, GILT_EXC_NAME_ERROR,
                   "cannot access free variable '%U' where it is not "
                   "associated with a value in enclosing scope",
                   name);
}

// ---- attributes ----------------------------------------------------------------------

// Instances whose __dict__ sits at a fixed offset can be cached.
static bool fixed_dict(GiltType *t) {
    return t->dict_offset && !t->solid->varsize;
}

static Value module_attr(GiltThread *ts, GiltCache *c, Value obj,
                         GiltStr *name) {
    GiltDict *d = AS_MODULE(obj)->dict;
    int64_t ix = gilt_dict_find_str(d, name);
    if (ix < 0)
        return gilt_getattr(ts, obj, name);
    c->kind = CACHE_MODULE;
    c->owner = &d->obj;
    c->layout = d->layout;
    c->index = ix;
    return d->entries[ix].value;
}

Value gilt_load_attr_slow(GiltThread *ts, GiltCode *code, GiltCache *c,
                          Value obj) {
    GiltStr *name = cache_name(code, c);
    GiltType *t = gilt_typeof(ts, obj);
    if (t == GILT_TYPE(ts, MODULE))
        return module_attr(ts, c, obj, name);
    if (t->getattr || !t->version || !IS_OBJ(obj) || !fixed_dict(t))
        return gilt_getattr(ts, obj, name);
    Value descr = gilt_type_lookup(ts, t, name);
    if (descr && gilt_typeof(ts, descr)->descr_set)
        return gilt_getattr(ts, obj, name);
    GiltDict *d = *(GiltDict **)((char *)AS_OBJ(obj) + t->dict_offset);
    int64_t ix = d ? gilt_dict_find_str(d, name) : -1;
    if (ix < 0)
        return gilt_getattr(ts, obj, name);
    c->kind = CACHE_INSTANCE;
    c->version = t->version;
    c->layout2 = t->dict_offset;
    c->index = ix;
    return d->entries[ix].value;
}

int gilt_store_attr_slow(GiltThread *ts, GiltCode *code, GiltCache *c,
                         Value obj, Value v) {
    GiltStr *name = cache_name(code, c);
    GiltType *t = gilt_typeof(ts, obj);
    if (gilt_setattr(ts, obj, name, v) < 0)
        return -1;
    if (t->setattr || !t->version || !IS_OBJ(obj) || !fixed_dict(t))
        return 0;
    Value descr = gilt_type_lookup(ts, t, name);
    if (descr && gilt_typeof(ts, descr)->descr_set)
        return 0;
    GiltDict *d = *(GiltDict **)((char *)AS_OBJ(obj) + t->dict_offset);
    int64_t ix = d ? gilt_dict_find_str(d, name) : -1;
    if (ix >= 0) {
        c->kind = CACHE_INSTANCE;
        c->version = t->version;
        c->layout2 = t->dict_offset;
        c->index = ix;
    }
    return 0;
}

static bool plain_method(GiltThread *ts, Value f) {
    return GILT_IS(ts, f, FUNCTION) || GILT_IS(ts, f, METHOD_DESCR);
}

int gilt_load_method_slow(GiltThread *ts, GiltCode *code, GiltCache *c,
                          Value obj, Value *meth, Value *attr) {
    GiltStr *name = cache_name(code, c);
    GiltType *t = gilt_typeof(ts, obj);
    *meth = VAL_NULL;
    if (t == GILT_TYPE(ts, MODULE)) {
        *attr = module_attr(ts, c, obj, name);
        return *attr ? 0 : -1;
    }
    if (!t->getattr) {
        Value descr = gilt_type_lookup(ts, t, name);
        if (descr && plain_method(ts, descr)) {
            GiltDict *d = NULL;
            if (IS_OBJ(obj) && t->dict_offset) {
                GiltDict **slot = gilt_instance_dict_slot(AS_OBJ(obj));
                d = slot ? *slot : NULL;
            }
            Value shadow = d ? gilt_dict_get_str(ts, d, name) : VAL_NULL;
            if (shadow) {
                *attr = shadow;
                return 0;
            }
            if (t->version && (!t->dict_offset || fixed_dict(t))) {
                c->kind = CACHE_METHOD;
                c->version = t->version;
                c->layout2 = t->dict_offset;
                c->value = descr;
            }
            *meth = descr;
            return 0;
        }
    }
    *attr = gilt_getattr(ts, obj, name);
    return *attr ? 0 : -1;
}
