/* module.c - Module objects: a namespace dict with a name, attribute
 * access through it (and a module-level __getattr__, PEP 562).
 */
#include "module.h"

#include <string.h>

#include "../vm/gc.h"
#include "dict.h"
#include "func.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "suggest.h"
#include "type.h"

Value gilt_module_new(GiltThread *ts, const char *name) {
    GiltModule *m = gilt_gc_alloc(ts, GILT_TYPE(ts, MODULE), sizeof(GiltModule));
    if (!m)
        return VAL_NULL;
    gilt_gc_push_root(ts, OBJ_VAL(m));
    Value r = VAL_NULL;
    m->name = gilt_str_from_cstr(ts, name);
    if (m->name && (m->dict = gilt_dict_new(ts))) {
        GiltNames *n = &ts->vm->names;
        GiltDict *d = m->dict;
        if (gilt_dict_set_str(ts, d, n->__name__, m->name) == 0 &&
            gilt_dict_set_str(ts, d, n->__doc__, VAL_NONE) == 0 &&
            gilt_dict_set_str(ts, d, n->__package__, VAL_NONE) == 0 &&
            gilt_dict_set_cstr(ts, d, "__loader__", VAL_NONE) == 0 &&
            gilt_dict_set_str(ts, d, n->__spec__, VAL_NONE) == 0)
            r = OBJ_VAL(m);
    }
    gilt_gc_pop_root(ts);
    return r;
}

int gilt_module_add(GiltThread *ts, Value module, const char *name, Value v) {
    if (!v)
        return -1;
    return gilt_dict_set_cstr(ts, AS_MODULE(module)->dict, name, v);
}

int gilt_module_add_int(GiltThread *ts, Value module, const char *name,
                        int64_t i) {
    return gilt_module_add(ts, module, name, gilt_int_from_i64(ts, i));
}

int gilt_module_add_str(GiltThread *ts, Value module, const char *name,
                        const char *s) {
    return gilt_module_add(ts, module, name, gilt_str_from_cstr(ts, s));
}

int gilt_module_add_type(GiltThread *ts, Value module, GiltType *type) {
    if (!type)
        return -1;
    Value modname = AS_MODULE(module)->name;
    if (gilt_dict_set_str(ts, type->dict, GILT_NAME(ts, __module__), modname) < 0)
        return -1;
    return gilt_dict_set_str(ts, AS_MODULE(module)->dict, type->name,
                             OBJ_VAL(type));
}

Value gilt_module_get(GiltThread *ts, Value module, const char *name) {
    GiltStr *n = gilt_str_intern_cstr(ts, name);
    return n ? gilt_dict_get_str(ts, AS_MODULE(module)->dict, n) : VAL_NULL;
}

Value gilt_module_from_def(GiltThread *ts, const GiltModuleDef *def) {
    Value m = gilt_module_new(ts, def->name);
    if (!m)
        return VAL_NULL;
    AS_MODULE(m)->builtin = true;
    gilt_gc_push_root(ts, m);
    Value r = m;
    Value origin = gilt_str_from_cstr(ts, "built-in");
    if (!origin || gilt_module_set_spec(ts, m, AS_MODULE(m)->name, origin, VAL_NULL) < 0)
        r = VAL_NULL;
    if (def->doc && gilt_module_add_str(ts, m, "__doc__", def->doc) < 0)
        r = VAL_NULL;
    for (const GiltMethodDef *f = def->functions; r && f && f->name; f++) {
        Value fn = gilt_native_new(ts, f, VAL_NULL, AS_MODULE(m)->name);
        if (!fn || gilt_module_add(ts, m, f->name, fn) < 0)
            r = VAL_NULL;
    }
    if (r && def->init && def->init(ts, m) < 0)
        r = VAL_NULL;
    gilt_gc_pop_root(ts);
    return r;
}

// ---- the module type -----------------------------------------------------------------

static Value module_getattr(GiltThread *ts, Value obj, GiltStr *name) {
    GiltModule *m = AS_MODULE(obj);
    Value v = gilt_dict_get_str(ts, m->dict, name);
    if (v)
        return v;
    v = gilt_generic_getattr(ts, obj, name);
    if (v || !gilt_exc_matches(ts, GILT_EXC_ATTRIBUTE_ERROR))
        return v;
    gilt_exc_clear(ts);
    Value ga = gilt_dict_get_str(ts, m->dict, GILT_NAME(ts, __getattr__));
    if (ga)
        return gilt_call1(ts, ga, OBJ_VAL(name));
    Value mname = gilt_dict_get_str(ts, m->dict, GILT_NAME(ts, __name__));
    if (mname && GILT_IS_SUB(ts, mname, GILT_TF_STR_SUB)) {
        gilt_raise(ts, GILT_EXC_ATTRIBUTE_ERROR,
                   "module '%U' has no attribute '%U'", AS_STR(mname), name);
        gilt_attribute_error_context(ts, obj, name);
        return VAL_NULL;
    }
    return gilt_raise(ts, GILT_EXC_ATTRIBUTE_ERROR,
                      "module has no attribute '%U'", name);
}

static Value module_repr(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    (void)nargs, (void)kw;
    GiltModule *m = AS_MODULE(args[0]);
    Value name = gilt_dict_get_str(ts, m->dict, GILT_NAME(ts, __name__));
    Value file = gilt_dict_get_str(ts, m->dict, GILT_NAME(ts, __file__));
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    gilt_strbuf_append_cstr(ts, &b, "<module ");
    gilt_strbuf_append_repr(ts, &b, name ? name : m->name);
    if (file && GILT_IS_SUB(ts, file, GILT_TF_STR_SUB)) {
        gilt_strbuf_append_cstr(ts, &b, " from ");
        gilt_strbuf_append_repr(ts, &b, file);
    } else if (m->builtin) {
        gilt_strbuf_append_cstr(ts, &b, " (built-in)");
    }
    gilt_strbuf_append_char(ts, &b, '>');
    return gilt_strbuf_finish(ts, &b);
}

static Value module_new(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    (void)kw;
    if (nargs < 2 || !GILT_IS_SUB(ts, args[1], GILT_TF_STR_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "module.__new__() argument 'name' must be str");
    Value m = gilt_module_new(ts, AS_STR(args[1])->data);
    if (m && nargs > 2)
        gilt_dict_set_str(ts, AS_MODULE(m)->dict, GILT_NAME(ts, __doc__), args[2]);
    return m;
}

static Value module_init(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    (void)ts, (void)args, (void)nargs, (void)kw;
    return VAL_NONE;
}

static Value module_dir(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    (void)nargs, (void)kw;
    GiltDict *d = AS_MODULE(args[0])->dict;
    Value custom = gilt_dict_get_str(ts, d, GILT_NAME(ts, __dir__));
    if (custom)
        return gilt_call0(ts, custom);
    return gilt_list_from_iterable(ts, OBJ_VAL(d));
}

static const GiltMethodDef module_methods[] = {
    {"__new__", module_new, 0, -1, GILT_M_STATIC | GILT_M_KW},
    {"__init__", module_init, 0, -1, GILT_M_KW},
    {"__repr__", module_repr, 0, 0, 0},
    {"__dir__", module_dir, 0, 0, 0},
    {NULL}};

static void module_trace(GiltGC *gc, GiltObject *o) {
    gilt_gc_mark_obj(gc, (GiltObject *)((GiltModule *)o)->dict);
    gilt_gc_mark(gc, ((GiltModule *)o)->name);
}

// ---- specs and loaders --------------------------------------------------------------

typedef struct GiltSpec {
    GiltObject obj;
    Value name, loader, origin, locations;
} GiltSpec;

typedef struct GiltLoader {
    GiltObject obj;
    Value name, path;
} GiltLoader;

Value gilt_loader_new(GiltThread *ts, Value name, Value path) {
    GiltLoader *l = gilt_gc_alloc(ts, GILT_TYPE(ts, LOADER), sizeof(GiltLoader));
    if (!l)
        return VAL_NULL;
    l->name = name;
    l->path = path;
    return OBJ_VAL(l);
}

int gilt_module_set_spec(GiltThread *ts, Value module, Value name, Value origin,
                         Value locations) {
    Value loader = gilt_loader_new(ts, name, origin);
    if (!loader)
        return -1;
    gilt_gc_push_root(ts, loader);
    GiltSpec *s = gilt_gc_alloc(ts, GILT_TYPE(ts, MODULE_SPEC), sizeof(GiltSpec));
    gilt_gc_pop_root(ts);
    if (!s)
        return -1;
    s->name = name;
    s->loader = loader;
    s->origin = origin;
    s->locations = locations ? locations : VAL_NONE;
    GiltDict *d = AS_MODULE(module)->dict;
    return gilt_dict_set_str(ts, d, GILT_NAME(ts, __spec__), OBJ_VAL(s)) < 0 ||
                   gilt_dict_set_cstr(ts, d, "__loader__", loader) < 0
               ? -1
               : 0;
}

#define AS_SPEC(v) ((GiltSpec *)AS_OBJ(v))

static Value spec_name(GiltThread *ts, Value self) { return AS_SPEC(self)->name; }
static Value spec_loader(GiltThread *ts, Value self) { return AS_SPEC(self)->loader; }
static Value spec_origin(GiltThread *ts, Value self) { return AS_SPEC(self)->origin; }
static Value spec_locations(GiltThread *ts, Value self) {
    return AS_SPEC(self)->locations;
}
static Value spec_none(GiltThread *ts, Value self) { return VAL_NONE; }

static Value spec_parent(GiltThread *ts, Value self) {
    GiltSpec *s = AS_SPEC(self);
    if (s->locations != VAL_NONE)
        return s->name;
    const char *n = AS_STR(s->name)->data, *dot = strrchr(n, '.');
    return dot ? gilt_str_new(ts, n, (size_t)(dot - n)) : ts->vm->empty_str;
}

static Value spec_has_location(GiltThread *ts, Value self) {
    Value o = AS_SPEC(self)->origin;
    return BOOL_VAL(GILT_IS_SUB(ts, o, GILT_TF_STR_SUB) &&
                    !gilt_str_eq_cstr(AS_STR(o), "built-in"));
}

static Value spec_repr(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltSpec *s = AS_SPEC(args[0]);
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    gilt_strbuf_append_cstr(ts, &b, "ModuleSpec(name=");
    gilt_strbuf_append_repr(ts, &b, s->name);
    gilt_strbuf_append_cstr(ts, &b, ", loader=");
    gilt_strbuf_append_repr(ts, &b, s->loader);
    gilt_strbuf_append_cstr(ts, &b, ", origin=");
    gilt_strbuf_append_repr(ts, &b, s->origin);
    if (s->locations != VAL_NONE) {
        gilt_strbuf_append_cstr(ts, &b, ", submodule_search_locations=");
        gilt_strbuf_append_repr(ts, &b, s->locations);
    }
    gilt_strbuf_append_char(ts, &b, ')');
    return gilt_strbuf_finish(ts, &b);
}

static const GiltGetSetDef spec_getsets[] = {
    {"name", spec_name, NULL},
    {"loader", spec_loader, NULL},
    {"origin", spec_origin, NULL},
    {"submodule_search_locations", spec_locations, NULL},
    {"parent", spec_parent, NULL},
    {"has_location", spec_has_location, NULL},
    {"cached", spec_none, NULL},
    {NULL}};

static const GiltMethodDef spec_methods[] = {{"__repr__", spec_repr, 0, 0, 0},
                                             {NULL}};

static void spec_trace(GiltGC *gc, GiltObject *o) {
    GiltSpec *s = (GiltSpec *)o;
    Value v[] = {s->name, s->loader, s->origin, s->locations};
    gilt_gc_mark_values(gc, v, 4);
}

static Value loader_name(GiltThread *ts, Value self) {
    return ((GiltLoader *)AS_OBJ(self))->name;
}

static Value loader_path(GiltThread *ts, Value self) {
    return ((GiltLoader *)AS_OBJ(self))->path;
}

static Value loader_repr(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltLoader *l = (GiltLoader *)AS_OBJ(args[0]);
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    gilt_strbuf_append_cstr(ts, &b, "<gilt loader for ");
    gilt_strbuf_append_repr(ts, &b, l->name);
    gilt_strbuf_append_char(ts, &b, '>');
    return gilt_strbuf_finish(ts, &b);
}

static Value loader_get_filename(GiltThread *ts, Value *args, int nargs,
                                 GiltTuple *kw) {
    return ((GiltLoader *)AS_OBJ(args[0]))->path;
}

static const GiltGetSetDef loader_getsets[] = {{"name", loader_name, NULL},
                                               {"path", loader_path, NULL},
                                               {NULL}};

static const GiltMethodDef loader_methods[] = {
    {"__repr__", loader_repr, 0, 0, 0},
    {"get_filename", loader_get_filename, 0, 1, 0},
    {NULL}};

static void loader_trace(GiltGC *gc, GiltObject *o) {
    gilt_gc_mark(gc, ((GiltLoader *)o)->name);
    gilt_gc_mark(gc, ((GiltLoader *)o)->path);
}

static int init_spec_types(GiltThread *ts) {
    static const GiltTypeSpec specs[] = {
        {.name = "ModuleSpec",
         .module = "importlib.machinery",
         .basicsize = sizeof(GiltSpec),
         .methods = spec_methods,
         .getsets = spec_getsets,
         .trace = spec_trace},
        {.name = "GiltLoader",
         .module = "importlib.machinery",
         .basicsize = sizeof(GiltLoader),
         .methods = loader_methods,
         .getsets = loader_getsets,
         .trace = loader_trace},
    };
    return gilt_type_from_spec(ts, &specs[0], GILT_T_MODULE_SPEC) &&
                   gilt_type_from_spec(ts, &specs[1], GILT_T_LOADER)
               ? 0
               : -1;
}

int gilt_module_init_types(GiltThread *ts) {
    if (init_spec_types(ts) < 0)
        return -1;
    static const GiltTypeSpec spec = {
        .name = "module",
        .basicsize = sizeof(GiltModule),
        .dict_offset = offsetof(GiltModule, dict),
        .flags = GILT_TF_BASETYPE,
        .methods = module_methods,
        .getattr = module_getattr,
        .trace = module_trace,
    };
    return gilt_type_from_spec(ts, &spec, GILT_T_MODULE) ? 0 : -1;
}
