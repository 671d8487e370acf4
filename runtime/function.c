/* function.c - The Python function type (def and lambda): its attributes
 * and binding. Calling one is the eval loop's job (interp.c).
 */
#include "../vm/code.h"
#include "../vm/gc.h"
#include "../vm/interp.h"
#include "dict.h"
#include "func.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

static Value func_get(GiltThread *ts, Value descr, Value obj, Value type) {
    (void)type;
    if (!obj)
        return descr;
    return gilt_method_new(ts, descr, obj);
}

static Value func_repr(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    (void)nargs, (void)kw;
    GiltFunction *f = AS_FUNCTION(args[0]);
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    gilt_strbuf_append_cstr(ts, &b, "<function ");
    gilt_strbuf_append_strof(ts, &b, f->qualname);
    gilt_strbuf_printf(ts, &b, " at %p>", (void *)f);
    return gilt_strbuf_finish(ts, &b);
}

static int need_str(GiltThread *ts, Value v, const char *what) {
    if (v && GILT_IS_SUB(ts, v, GILT_TF_STR_SUB))
        return 0;
    gilt_raise(ts, GILT_EXC_TYPE_ERROR, "%s must be set to a string object",
               what);
    return -1;
}

static Value get_name(GiltThread *ts, Value self) {
    (void)ts;
    return AS_FUNCTION(self)->name;
}

static int set_name(GiltThread *ts, Value self, Value v) {
    if (need_str(ts, v, "__name__") < 0)
        return -1;
    AS_FUNCTION(self)->name = v;
    return 0;
}

static Value get_qualname(GiltThread *ts, Value self) {
    (void)ts;
    return AS_FUNCTION(self)->qualname;
}

static int set_qualname(GiltThread *ts, Value self, Value v) {
    if (need_str(ts, v, "__qualname__") < 0)
        return -1;
    AS_FUNCTION(self)->qualname = v;
    return 0;
}

#define VALUE_FIELD(field, dflt)                                               \
    static Value get_##field(GiltThread *ts, Value self) {                     \
        (void)ts;                                                              \
        Value v = AS_FUNCTION(self)->field;                                    \
        return v ? v : dflt;                                                   \
    }                                                                          \
    static int set_##field(GiltThread *ts, Value self, Value v) {              \
        (void)ts;                                                              \
        AS_FUNCTION(self)->field = v ? v : VAL_NONE;                           \
        return 0;                                                              \
    }
VALUE_FIELD(module, VAL_NONE)
VALUE_FIELD(doc, VAL_NONE)

static Value get_defaults(GiltThread *ts, Value self) {
    (void)ts;
    GiltTuple *d = AS_FUNCTION(self)->defaults;
    return d ? OBJ_VAL(d) : VAL_NONE;
}

static int set_defaults(GiltThread *ts, Value self, Value v) {
    if (v && v != VAL_NONE && !GILT_IS_SUB(ts, v, GILT_TF_TUPLE_SUB)) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "__defaults__ must be set to a tuple object");
        return -1;
    }
    AS_FUNCTION(self)->defaults = v && v != VAL_NONE ? AS_TUPLE(v) : NULL;
    return 0;
}

static Value get_kwdefaults(GiltThread *ts, Value self) {
    (void)ts;
    GiltDict *d = AS_FUNCTION(self)->kwdefaults;
    return d ? OBJ_VAL(d) : VAL_NONE;
}

static int set_kwdefaults(GiltThread *ts, Value self, Value v) {
    if (v && v != VAL_NONE && !GILT_IS_SUB(ts, v, GILT_TF_DICT_SUB)) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    AS_FUNCTION(self)->kwdefaults = v && v != VAL_NONE ? AS_DICT(v) : NULL;
    return 0;
}

static Value get_code(GiltThread *ts, Value self) {
    (void)ts;
    return OBJ_VAL(AS_FUNCTION(self)->code);
}

static Value get_globals(GiltThread *ts, Value self) {
    (void)ts;
    return OBJ_VAL(AS_FUNCTION(self)->globals);
}

static Value get_builtins(GiltThread *ts, Value self) {
    (void)ts;
    return AS_FUNCTION(self)->builtins;
}

static Value get_closure(GiltThread *ts, Value self) {
    (void)ts;
    GiltTuple *c = AS_FUNCTION(self)->closure;
    return c ? OBJ_VAL(c) : VAL_NONE;
}

static Value get_annotations(GiltThread *ts, Value self) {
    GiltFunction *f = AS_FUNCTION(self);
    if (!f->annotations) {
        GiltDict *d = gilt_dict_new(ts);
        if (!d)
            return VAL_NULL;
        f->annotations = OBJ_VAL(d);
    }
    return f->annotations;
}

static int set_annotations(GiltThread *ts, Value self, Value v) {
    if (v && v != VAL_NONE && !GILT_IS_SUB(ts, v, GILT_TF_DICT_SUB)) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "__annotations__ must be set to a dict object");
        return -1;
    }
    AS_FUNCTION(self)->annotations = v && v != VAL_NONE ? v : VAL_NULL;
    return 0;
}

static const GiltGetSetDef func_getsets[] = {
    {"__name__", get_name, set_name},
    {"__qualname__", get_qualname, set_qualname},
    {"__module__", get_module, set_module},
    {"__doc__", get_doc, set_doc},
    {"__defaults__", get_defaults, set_defaults},
    {"__kwdefaults__", get_kwdefaults, set_kwdefaults},
    {"__code__", get_code, NULL},
    {"__globals__", get_globals, NULL},
    {"__builtins__", get_builtins, NULL},
    {"__closure__", get_closure, NULL},
    {"__annotations__", get_annotations, set_annotations},
    {NULL}};

static const GiltMethodDef func_methods[] = {
    {"__repr__", func_repr, 0, 0, 0}, {NULL}};

static void func_trace(GiltGC *gc, GiltObject *o) {
    GiltFunction *f = (GiltFunction *)o;
    gilt_gc_mark_obj(gc, (GiltObject *)f->code);
    gilt_gc_mark_obj(gc, (GiltObject *)f->globals);
    gilt_gc_mark(gc, f->builtins);
    gilt_gc_mark(gc, f->name);
    gilt_gc_mark(gc, f->qualname);
    gilt_gc_mark(gc, f->module);
    gilt_gc_mark(gc, f->doc);
    gilt_gc_mark_obj(gc, (GiltObject *)f->defaults);
    gilt_gc_mark_obj(gc, (GiltObject *)f->kwdefaults);
    gilt_gc_mark_obj(gc, (GiltObject *)f->closure);
    gilt_gc_mark_obj(gc, (GiltObject *)f->dict);
    gilt_gc_mark(gc, f->annotations);
}

int gilt_function_init_types(GiltThread *ts) {
    static const GiltTypeSpec spec = {
        .name = "function",
        .basicsize = sizeof(GiltFunction),
        .dict_offset = offsetof(GiltFunction, dict),
        .methods = func_methods,
        .getsets = func_getsets,
        .call = gilt_function_call,
        .descr_get = func_get,
        .trace = func_trace,
    };
    return gilt_type_from_spec(ts, &spec, GILT_T_FUNCTION) ? 0 : -1;
}
