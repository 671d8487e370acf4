/* attr.c - Attribute access: getattr/setattr/delattr and the generic
 * object.__getattribute__ / __setattr__ (descriptors, then __dict__).
 */
#include "../vm/gc.h"
#include "dict.h"
#include "str.h"
#include "suggest.h"
#include "type.h"

GiltDict *gilt_instance_dict(GiltThread *ts, Value obj) {
    if (!IS_OBJ(obj))
        return NULL;
    GiltDict **slot = gilt_instance_dict_slot(AS_OBJ(obj));
    if (!slot)
        return NULL;
    if (!*slot)
        *slot = gilt_dict_new(ts);
    return *slot;
}

static Value no_attribute(GiltThread *ts, Value obj, GiltStr *name) {
    gilt_raise(ts, GILT_EXC_ATTRIBUTE_ERROR, "'%T' object has no attribute '%U'",
               obj, name);
    gilt_attribute_error_context(ts, obj, name);
    return VAL_NULL;
}

Value gilt_generic_getattr(GiltThread *ts, Value obj, GiltStr *name) {
    GiltType *t = gilt_typeof(ts, obj);
    Value descr = gilt_type_lookup(ts, t, name);
    GiltDescrGetFn get = NULL;
    if (descr) {
        GiltType *dt = gilt_typeof(ts, descr);
        get = dt->descr_get;
        if (get && dt->descr_set)
            return get(ts, descr, obj, OBJ_VAL(t));
    }
    if (t->dict_offset && IS_OBJ(obj)) {
        GiltDict **slot = gilt_instance_dict_slot(AS_OBJ(obj));
        if (slot && *slot) {
            Value v = gilt_dict_get_str(ts, *slot, name);
            if (v)
                return v;
        }
    }
    if (get)
        return get(ts, descr, obj, OBJ_VAL(t));
    if (descr)
        return descr;
    return no_attribute(ts, obj, name);
}

int gilt_generic_setattr(GiltThread *ts, Value obj, GiltStr *name, Value v) {
    GiltType *t = gilt_typeof(ts, obj);
    Value descr = gilt_type_lookup(ts, t, name);
    if (descr) {
        GiltDescrSetFn set = gilt_typeof(ts, descr)->descr_set;
        if (set)
            return set(ts, descr, obj, v);
    }
    GiltDict **slot = IS_OBJ(obj) ? gilt_instance_dict_slot(AS_OBJ(obj)) : NULL;
    if (!slot) {
        if (descr)
            gilt_raise(ts, GILT_EXC_ATTRIBUTE_ERROR,
                       "'%T' object attribute '%U' is read-only", obj, name);
        else
            no_attribute(ts, obj, name);
        return -1;
    }
    if (!*slot && !(*slot = gilt_dict_new(ts)))
        return -1;
    if (v)
        return gilt_dict_set_str(ts, *slot, name, v);
    int r = gilt_dict_pop(ts, *slot, OBJ_VAL(name), NULL);
    if (r == 0) {
        no_attribute(ts, obj, name);
        return -1;
    }
    return r < 0 ? -1 : 0;
}

// After an AttributeError, a class's __getattr__ gets its chance.
static Value getattr_fallback(GiltThread *ts, Value obj, GiltStr *name) {
    Value ga = gilt_type_lookup(ts, gilt_typeof(ts, obj),
                                GILT_NAME(ts, __getattr__));
    if (!ga || !gilt_exc_matches(ts, GILT_EXC_ATTRIBUTE_ERROR))
        return VAL_NULL;
    gilt_exc_clear(ts);
    Value n = OBJ_VAL(name);
    return gilt_call_with_self(ts, ga, obj, &n, 1, NULL);
}

Value gilt_getattr(GiltThread *ts, Value obj, GiltStr *name) {
    GiltGetAttrFn f = gilt_typeof(ts, obj)->getattr;
    Value r = f ? f(ts, obj, name) : gilt_generic_getattr(ts, obj, name);
    if (GILT_UNLIKELY(!r))
        return getattr_fallback(ts, obj, name);
    return r;
}

Value gilt_getattr_opt(GiltThread *ts, Value obj, GiltStr *name) {
    Value r = gilt_getattr(ts, obj, name);
    if (!r && gilt_exc_matches(ts, GILT_EXC_ATTRIBUTE_ERROR))
        gilt_exc_clear(ts);
    return r;
}

Value gilt_getattr_cstr(GiltThread *ts, Value obj, const char *name) {
    GiltStr *n = gilt_str_intern_cstr(ts, name);
    return n ? gilt_getattr(ts, obj, n) : VAL_NULL;
}

int gilt_setattr(GiltThread *ts, Value obj, GiltStr *name, Value v) {
    GiltSetAttrFn f = gilt_typeof(ts, obj)->setattr;
    return f ? f(ts, obj, name, v) : gilt_generic_setattr(ts, obj, name, v);
}

int gilt_delattr(GiltThread *ts, Value obj, GiltStr *name) {
    return gilt_setattr(ts, obj, name, VAL_NULL);
}
