/* thread_local.c - _thread._local (threading.local): attributes that
 * every thread sees separately.
 *
 * A local keeps one __dict__ per thread, in that thread's per-thread dict
 * (GiltThread.dict) under the local's private key. Attribute access goes
 * through this type's getattr/setattr hooks, which first point the
 * object's dict slot at the calling thread's dict (creating it, and
 * calling a subclass's __init__ with the constructor's arguments, on a
 * thread's first use) and then do the generic lookup. Everything happens
 * under the GIL, so the slot cannot change between the two steps.
 *
 * Known difference: a thread's dicts for locals that died stay until the
 * thread ends (CPython drops them through weak references).
 */
#include "../runtime/dict.h"
#include "../runtime/tuple.h"
#include "../runtime/type.h"
#include "../vm/gc.h"
#include "thread.h"

typedef struct Local {
    GiltObject obj;
    GiltDict *dict; // the calling thread's, set before each access
    Value key;      // unique per local: a plain object
    Value args;     // (self, *args) of the constructor, for __init__ elsewhere
    Value kwargs;   // dict or VAL_NULL
} Local;

#define AS_LOCAL(v) ((Local *)AS_OBJ(v))

static Value local_new(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    Value cls = args[0];
    GiltType *t = AS_TYPE(cls);
    // Arguments only make sense for a subclass that takes them in __init__.
    Value init = gilt_type_lookup(ts, t, GILT_NAME(ts, __init__));
    Value base_init = gilt_type_lookup(ts, ts->vm->types[GILT_T_OBJECT],
                                       GILT_NAME(ts, __init__));
    if ((nargs > 1 || (kw && kw->len)) && init == base_init)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "Initialization arguments are not supported");
    Local *obj = gilt_alloc_instance(ts, t, sizeof(Local));
    if (!obj)
        return VAL_NULL;
    Value self = OBJ_VAL(obj);
    gilt_gc_push_root(ts, self);
    Local *l = AS_LOCAL(self);
    GiltObject *key = gilt_alloc_instance(ts, ts->vm->types[GILT_T_OBJECT], sizeof(GiltObject));
    if (!key)
        return VAL_NULL;
    l->key = OBJ_VAL(key);
    // (self, *args): how __init__ is called in the other threads.
    GiltTuple *a = gilt_tuple_new(ts, (size_t)nargs);
    if (!a)
        return VAL_NULL;
    a->items[0] = self;
    for (int i = 1; i < nargs; i++)
        a->items[i] = args[i];
    if (!a)
        return VAL_NULL;
    l->args = OBJ_VAL(a);
    if (kw && kw->len) {
        GiltDict *d = gilt_dict_new(ts);
        if (!d)
            return VAL_NULL;
        l->kwargs = OBJ_VAL(d);
        for (size_t i = 0; i < kw->len; i++)
            if (gilt_dict_set(ts, d, kw->items[i], args[nargs + i]) < 0)
                return VAL_NULL;
    }
    // The creating thread's dict; __init__ runs there through the call.
    GiltDict *mine = gilt_dict_new(ts);
    if (!mine)
        return VAL_NULL;
    l->dict = mine;
    if (!ts->dict) {
        GiltDict *td = gilt_dict_new(ts);
        if (!td)
            return VAL_NULL;
        ts->dict = OBJ_VAL(td);
    }
    if (gilt_dict_set(ts, AS_DICT(ts->dict), l->key, OBJ_VAL(mine)) < 0)
        return VAL_NULL;
    return self;
}

// Point [self]'s dict slot at the calling thread's dict. 0, or -1.
static int select_dict(GiltThread *ts, Value self) {
    Local *l = AS_LOCAL(self);
    if (!ts->dict) {
        GiltDict *td = gilt_dict_new(ts);
        if (!td)
            return -1;
        ts->dict = OBJ_VAL(td);
    }
    Value d;
    int found = gilt_dict_lookup(ts, AS_DICT(ts->dict), l->key, &d);
    if (found < 0)
        return -1;
    if (found) {
        l->dict = AS_DICT(d);
        return 0;
    }
    GiltDict *fresh = gilt_dict_new(ts);
    if (!fresh || gilt_dict_set(ts, AS_DICT(ts->dict), l->key, OBJ_VAL(fresh)) < 0)
        return -1;
    l->dict = fresh;
    // First use in this thread: a subclass's __init__ sets it up here.
    GiltType *t = gilt_typeof(ts, self);
    Value init = gilt_type_lookup(ts, t, GILT_NAME(ts, __init__));
    Value base_init = gilt_type_lookup(ts, ts->vm->types[GILT_T_OBJECT],
                                       GILT_NAME(ts, __init__));
    if (!init || init == base_init)
        return 0;
    Value r = gilt_call_tuple(ts, init, l->args, l->kwargs);
    if (!r)
        return -1;
    // __init__ may have switched threads' dicts around; ours again.
    l->dict = fresh;
    return 0;
}

static Value local_getattr(GiltThread *ts, Value obj, GiltStr *name) {
    if (select_dict(ts, obj) < 0)
        return VAL_NULL;
    return gilt_generic_getattr(ts, obj, name);
}

static int local_setattr(GiltThread *ts, Value obj, GiltStr *name, Value v) {
    if (select_dict(ts, obj) < 0)
        return -1;
    if (name == GILT_NAME(ts, __dict__)) {
        // CPython's tp_name: "_thread._local", a subclass's bare name.
        bool heap = gilt_typeof(ts, obj)->flags & GILT_TF_HEAPTYPE;
        gilt_raise(ts, GILT_EXC_ATTRIBUTE_ERROR,
                   "'%s%s' object attribute '__dict__' is read-only",
                   heap ? "" : "_thread.", gilt_type_name(ts, obj));
        return -1;
    }
    return gilt_generic_setattr(ts, obj, name, v);
}

static void local_trace(GiltGC *gc, GiltObject *o) {
    Local *l = (Local *)o;
    gilt_gc_mark_obj(gc, (GiltObject *)l->dict);
    gilt_gc_mark(gc, l->key);
    gilt_gc_mark(gc, l->args);
    gilt_gc_mark(gc, l->kwargs);
}

static const GiltMethodDef local_methods[] = {
    {"__new__", local_new, 0, -1, GILT_M_STATIC | GILT_M_KW},
    {NULL}};

int gilt_thread_local_init(GiltThread *ts, Value m) {
    static const GiltTypeSpec spec = {
        .name = "_local",
        .module = "_thread",
        .doc = "Thread-local data",
        .basicsize = sizeof(Local),
        .dict_offset = offsetof(Local, dict),
        .flags = GILT_TF_BASETYPE,
        .methods = local_methods,
        .getattr = local_getattr,
        .setattr = local_setattr,
        .trace = local_trace,
    };
    GiltType *t = gilt_type_from_spec(ts, &spec, GILT_T__COUNT);
    return t && gilt_module_add(ts, m, "_local", OBJ_VAL(t)) == 0 ? 0 : -1;
}
