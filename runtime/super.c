/* super.c - super(): attribute lookup that starts after a class in the
 * MRO of an object's type. super() with no arguments finds the class in
 * the method's __class__ cell and the object in its first argument.
 */
#include "../vm/code.h"
#include "../vm/frame.h"
#include "../vm/gc.h"
#include "builtins.h"
#include "dict.h"
#include "func.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

typedef struct GiltSuper {
    GiltObject obj;
    GiltType *type;     // __thisclass__
    Value self;         // __self__ (VAL_NULL when unbound)
    GiltType *self_type; // __self_class__
} GiltSuper;

#define AS_SUPER(v) ((GiltSuper *)AS_OBJ(v))

static Value super_new(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltSuper *s = gilt_alloc_instance(ts, AS_TYPE(args[0]), sizeof(GiltSuper));
    return s ? OBJ_VAL(s) : VAL_NULL;
}

// super(): the class from __class__ and self from the first argument.
static int implicit_args(GiltThread *ts, Value *type, Value *obj) {
    GiltFrame *f = ts->frame;
    if (!f || !f->func) {
        gilt_raise(ts, GILT_EXC_RUNTIME_ERROR, "super(): no arguments");
        return -1;
    }
    GiltCode *co = f->code;
    if (co->argcount == 0 && !(co->flags & GILT_CO_VARARGS)) {
        gilt_raise(ts, GILT_EXC_RUNTIME_ERROR, "super(): no arguments");
        return -1;
    }
    Value first = f->slots[0];
    for (uint32_t i = 0; co->cell2arg && i < co->ncells; i++)
        if (co->cell2arg[i] == 0)
            first = AS_CELL(f->slots[co->nlocals + i])->value;
    if (!first) {
        gilt_raise(ts, GILT_EXC_RUNTIME_ERROR, "super(arg): empty cell");
        return -1;
    }
    for (uint32_t i = 0; i < co->nfree; i++) {
        if (!gilt_str_eq_cstr(AS_STR(co->freevars->items[i]), "__class__"))
            continue;
        Value cls = AS_CELL(f->slots[co->nlocals + co->ncells + i])->value;
        if (!cls) {
            gilt_raise(ts, GILT_EXC_RUNTIME_ERROR, "super(): empty __class__ cell");
            return -1;
        }
        if (!gilt_is_type(cls)) {
            gilt_raise(ts, GILT_EXC_RUNTIME_ERROR,
                       "super(): __class__ is not a type (%T)", cls);
            return -1;
        }
        *type = cls;
        *obj = first;
        return 0;
    }
    gilt_raise(ts, GILT_EXC_RUNTIME_ERROR, "super(): __class__ cell not found");
    return -1;
}

static GiltType *check_obj(GiltThread *ts, GiltType *type, Value obj) {
    if (gilt_is_type(obj) && gilt_is_subtype(AS_TYPE(obj), type))
        return AS_TYPE(obj);
    if (gilt_isinstance_type(ts, obj, type))
        return gilt_typeof(ts, obj);
    gilt_raise(ts, GILT_EXC_TYPE_ERROR,
               "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

static Value super_init(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    if (gilt_no_kwargs(ts, "super", kw) < 0)
        return VAL_NULL;
    Value type, obj = VAL_NULL;
    if (nargs == 1) {
        if (implicit_args(ts, &type, &obj) < 0)
            return VAL_NULL;
    } else {
        type = args[1];
        obj = nargs > 2 ? args[2] : VAL_NULL;
        if (obj == VAL_NONE)
            obj = VAL_NULL;
    }
    if (!gilt_is_type(type))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "super() argument 1 must be a type, not %T", type);
    GiltSuper *s = AS_SUPER(args[0]);
    s->type = AS_TYPE(type);
    s->self = obj;
    s->self_type = NULL;
    if (obj && !(s->self_type = check_obj(ts, s->type, obj)))
        return VAL_NULL;
    return VAL_NONE;
}

static Value super_getattr(GiltThread *ts, Value self, GiltStr *name) {
    GiltSuper *s = AS_SUPER(self);
    if (s->self_type && !gilt_str_eq_cstr(name, "__class__")) {
        GiltTuple *mro = s->self_type->mro;
        size_t i = 0;
        while (i < mro->len && AS_OBJ(mro->items[i]) != &s->type->obj)
            i++;
        for (i++; i < mro->len; i++) {
            GiltType *t = AS_TYPE(mro->items[i]);
            Value v = gilt_dict_get_str(ts, t->dict, name);
            if (!v)
                continue;
            GiltDescrGetFn get = gilt_typeof(ts, v)->descr_get;
            if (!get)
                return v;
            Value obj = s->self == OBJ_VAL(s->self_type) ? VAL_NULL : s->self;
            return get(ts, v, obj, OBJ_VAL(s->self_type));
        }
    }
    return gilt_generic_getattr(ts, self, name);
}

static Value super_get(GiltThread *ts, Value descr, Value obj, Value type) {
    GiltSuper *s = AS_SUPER(descr);
    if (!obj || s->self)
        return descr;
    GiltSuper *n = gilt_gc_alloc(ts, GILT_TYPE(ts, SUPER), sizeof(GiltSuper));
    if (!n)
        return VAL_NULL;
    n->type = s->type;
    n->self = obj;
    if (!(n->self_type = check_obj(ts, s->type, obj)))
        return VAL_NULL;
    return OBJ_VAL(n);
}

static Value super_repr(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltSuper *s = AS_SUPER(args[0]);
    if (s->self_type)
        return gilt_str_printf(ts, "<super: <class '%s'>, <%s object>>",
                               s->type ? s->type->name->data : "NULL",
                               s->self_type->name->data);
    return gilt_str_printf(ts, "<super: <class '%s'>, NULL>",
                           s->type ? s->type->name->data : "NULL");
}

static Value get_thisclass(GiltThread *ts, Value self) {
    GiltType *t = AS_SUPER(self)->type;
    return t ? OBJ_VAL(t) : VAL_NONE;
}

static Value get_self(GiltThread *ts, Value self) {
    Value v = AS_SUPER(self)->self;
    return v ? v : VAL_NONE;
}

static Value get_self_class(GiltThread *ts, Value self) {
    GiltType *t = AS_SUPER(self)->self_type;
    return t ? OBJ_VAL(t) : VAL_NONE;
}

static const GiltMethodDef super_methods[] = {
    {"__new__", super_new, 0, -1, GILT_M_STATIC | GILT_M_KW},
    {"__init__", super_init, 0, 2, GILT_M_KW},
    {"__repr__", super_repr, 0, 0, 0},
    {NULL}};

static const GiltGetSetDef super_getsets[] = {
    {"__thisclass__", get_thisclass, NULL},
    {"__self__", get_self, NULL},
    {"__self_class__", get_self_class, NULL},
    {NULL}};

static void super_trace(GiltGC *gc, GiltObject *o) {
    GiltSuper *s = (GiltSuper *)o;
    gilt_gc_mark_obj(gc, (GiltObject *)s->type);
    gilt_gc_mark(gc, s->self);
    gilt_gc_mark_obj(gc, (GiltObject *)s->self_type);
}

int gilt_super_init_types(GiltThread *ts) {
    static const GiltTypeSpec spec = {
        .name = "super",
        .basicsize = sizeof(GiltSuper),
        .flags = GILT_TF_BASETYPE,
        .methods = super_methods,
        .getsets = super_getsets,
        .getattr = super_getattr,
        .descr_get = super_get,
        .trace = super_trace,
    };
    return gilt_type_from_spec(ts, &spec, GILT_T_SUPER) ? 0 : -1;
}
