/* import.c - The import statement's machinery (CPython's importlib
 * _bootstrap, in C): relative names, sys.modules, parent packages,
 * fromlist submodules, and running a module's code.
 */
#include "import.h"

#include <stdio.h>
#include <string.h>

#include "../modules/importer.h"
#include "../runtime/dict.h"
#include "../runtime/func.h"
#include "../runtime/list.h"
#include "../runtime/module.h"
#include "../runtime/str.h"
#include "../runtime/tuple.h"
#include "compiler.h"
#include "gc.h"
#include "interp.h"

static GiltDict *sys_modules(GiltThread *ts) {
    return AS_DICT(ts->vm->modules);
}

static Value modules_get(GiltThread *ts, const char *name) {
    GiltStr *n = gilt_str_intern_cstr(ts, name);
    return n ? gilt_dict_get_str(ts, sys_modules(ts), n) : VAL_NULL;
}

// ImportError.name and .path of the exception in flight.
static void set_import_attrs(GiltThread *ts, Value name, Value path) {
    Value e = ts->exc;
    if (!e || !name)
        return;
    GiltException *x = (GiltException *)AS_OBJ(e);
    if (x->dict || (x->dict = gilt_dict_new(ts))) {
        gilt_dict_set_cstr(ts, x->dict, "name", name);
        gilt_dict_set_cstr(ts, x->dict, "path", path);
    }
    ts->exc = e;
}

static Value not_found(GiltThread *ts, const char *name) {
    Value msg = gilt_str_printf(ts, "No module named '%s'", name);
    if (!msg)
        return VAL_NULL;
    gilt_raise_value(ts, GILT_EXC_MODULE_NOT_FOUND_ERROR, msg);
    Value e = ts->exc;
    Value n = gilt_str_from_cstr(ts, name);
    ts->exc = e;
    set_import_attrs(ts, n, VAL_NONE);
    return VAL_NULL;
}

// ---- running module code -----------------------------------------------------------

static int module_attrs(GiltThread *ts, Value m, const char *name,
                        const char *filename, bool is_package,
                        const char *pkgdir) {
    GiltDict *d = AS_MODULE(m)->dict;
    const char *dot = strrchr(name, '.');
    Value pkg = is_package ? gilt_str_from_cstr(ts, name)
                : dot      ? gilt_str_new(ts, name, (size_t)(dot - name))
                           : ts->vm->empty_str;
    if (!pkg || gilt_dict_set_str(ts, d, GILT_NAME(ts, __package__), pkg) < 0)
        return -1;
    Value b = gilt_dict_get_str(ts, sys_modules(ts), gilt_str_intern_cstr(ts, "builtins"));
    if (b && gilt_dict_set_str(ts, d, GILT_NAME(ts, __builtins__), b) < 0)
        return -1;
    if (filename && gilt_module_add_str(ts, m, "__file__", filename) < 0)
        return -1;
    GiltList *path = NULL;
    if (is_package) {
        Value dir = gilt_str_from_cstr(ts, pkgdir);
        path = dir ? gilt_list_from(ts, &dir, 1) : NULL;
        if (!path || gilt_dict_set_str(ts, d, GILT_NAME(ts, __path__), OBJ_VAL(path)) < 0)
            return -1;
    }
    Value file = filename ? gilt_dict_get_str(ts, d, GILT_NAME(ts, __file__)) : VAL_NONE;
    return gilt_module_set_spec(ts, m, AS_MODULE(m)->name, file,
                                path ? OBJ_VAL(path) : VAL_NULL);
}

Value gilt_exec_module(GiltThread *ts, const char *name, const char *source,
                       size_t size, const char *filename, bool is_package,
                       const char *pkgdir) {
    Value m = gilt_module_new(ts, name);
    if (!m)
        return VAL_NULL;
    size_t mark = gilt_gc_roots_mark(ts);
    gilt_gc_push_root(ts, m);
    Value key = gilt_str_from_cstr(ts, name), r = VAL_NULL;
    if (!key || module_attrs(ts, m, name, filename, is_package, pkgdir) < 0 ||
        gilt_dict_set(ts, sys_modules(ts), key, m) < 0)
        goto done;
    gilt_gc_push_root(ts, key);
    GiltCode *code = gilt_compile(ts, source, size,
                                  filename ? filename : name, AST_MODE_FILE, 0);
    if (code) {
        gilt_gc_push_root(ts, OBJ_VAL(code));
        r = gilt_eval_code(ts, code, AS_MODULE(m)->dict, VAL_NULL);
    }
    if (!r) {
        Value exc = gilt_exc_fetch(ts);
        gilt_dict_pop(ts, sys_modules(ts), key, NULL);
        gilt_exc_restore(ts, exc);
        goto done;
    }
    // A module may replace itself in sys.modules while it runs.
    r = gilt_dict_get_str(ts, sys_modules(ts), gilt_str_intern(ts, AS_STR(key)));
    if (!r)
        r = m;
done:
    gilt_gc_roots_restore(ts, mark);
    return r;
}

// ---- finding and loading ---------------------------------------------------------------

static Value load_native(GiltThread *ts, const GiltModuleDef *def,
                         const char *name) {
    Value m = gilt_module_from_def(ts, def);
    if (!m)
        return VAL_NULL;
    gilt_gc_push_root(ts, m);
    int r = gilt_dict_set_cstr(ts, sys_modules(ts), name, m);
    gilt_gc_pop_root(ts);
    if (r < 0)
        return VAL_NULL;
    // init may have put something else in sys.modules (os.path...).
    Value again = modules_get(ts, name);
    return again ? again : m;
}

// Bind the loaded child as an attribute of its parent package.
static int bind_in_parent(GiltThread *ts, const char *name, Value module) {
    const char *dot = strrchr(name, '.');
    if (!dot)
        return 0;
    char parent[512];
    size_t n = (size_t)(dot - name);
    if (n >= sizeof parent)
        return 0;
    memcpy(parent, name, n);
    parent[n] = 0;
    Value p = modules_get(ts, parent);
    GiltStr *leaf = gilt_str_intern_cstr(ts, dot + 1);
    if (!p || !leaf)
        return 0;
    return gilt_setattr(ts, p, leaf, module);
}

static Value find_and_load(GiltThread *ts, const char *name) {
    Value m = modules_get(ts, name);
    if (m) {
        if (m == VAL_NONE)
            return not_found(ts, name);
        return m;
    }
    const char *dot = strrchr(name, '.');
    Value path = ts->vm->path;
    if (dot) {
        char parent[512];
        size_t n = (size_t)(dot - name);
        if (n >= sizeof parent)
            return not_found(ts, name);
        memcpy(parent, name, n);
        parent[n] = 0;
        Value p = modules_get(ts, parent);
        path = p ? gilt_getattr_opt(ts, p, GILT_NAME(ts, __path__)) : VAL_NULL;
        if (!path) {
            if (ts->exc)
                return VAL_NULL;
            Value msg = gilt_str_printf(ts, "No module named '%s'; '%s' is not a package",
                                        name, parent);
            return msg ? gilt_raise_value(ts, GILT_EXC_MODULE_NOT_FOUND_ERROR, msg)
                       : VAL_NULL;
        }
    } else {
        const GiltModuleDef *def = gilt_native_module(name);
        if (def)
            return load_native(ts, def, name);
    }
    GiltFound found;
    gilt_gc_push_root(ts, path);
    int r = gilt_importer_find(ts, name, dot ? dot + 1 : name, path, &found);
    gilt_gc_pop_root(ts);
    if (r <= 0)
        return r < 0 ? VAL_NULL : not_found(ts, name);
    m = gilt_exec_module(ts, name, found.source, found.size, found.filename,
                         found.is_package, found.pkgdir);
    gilt_found_free(&found);
    if (m) {
        gilt_gc_push_root(ts, m);
        int b = bind_in_parent(ts, name, m);
        gilt_gc_pop_root(ts);
        if (b < 0)
            return VAL_NULL;
    }
    return m;
}

Value gilt_import_module(GiltThread *ts, const char *name) {
    // Import each package on the way: a, a.b, a.b.c.
    char buf[512];
    size_t len = strlen(name);
    if (len >= sizeof buf || len == 0 || name[0] == '.')
        return not_found(ts, name);
    Value m = VAL_NULL;
    for (size_t i = 0; i <= len; i++) {
        if (name[i] != '.' && name[i] != 0)
            continue;
        memcpy(buf, name, i);
        buf[i] = 0;
        if (!(m = find_and_load(ts, buf)))
            return VAL_NULL;
    }
    return m;
}

// ---- __import__ ------------------------------------------------------------------------

// The package that relative imports in [globals] start from.
static Value calc_package(GiltThread *ts, GiltDict *globals) {
    Value pkg = gilt_dict_get_str(ts, globals, GILT_NAME(ts, __package__));
    if (pkg && pkg != VAL_NONE)
        return pkg;
    Value name = gilt_dict_get_str(ts, globals, GILT_NAME(ts, __name__));
    if (!name || !GILT_IS_SUB(ts, name, GILT_TF_STR_SUB))
        return VAL_NULL;
    if (gilt_dict_get_str(ts, globals, GILT_NAME(ts, __path__)))
        return name;
    const char *s = AS_STR(name)->data, *dot = strrchr(s, '.');
    return dot ? gilt_str_new(ts, s, (size_t)(dot - s)) : ts->vm->empty_str;
}

static Value resolve_name(GiltThread *ts, GiltStr *name, GiltDict *globals,
                          int level) {
    Value pkg = globals ? calc_package(ts, globals) : VAL_NULL;
    if (!pkg || !GILT_IS_SUB(ts, pkg, GILT_TF_STR_SUB) || !AS_STR(pkg)->size)
        return ts->exc ? VAL_NULL
                       : gilt_raise(ts, GILT_EXC_IMPORT_ERROR,
                                    "attempted relative import with no known "
                                    "parent package");
    const char *base = AS_STR(pkg)->data;
    size_t end = strlen(base);
    for (int i = 1; i < level; i++) {
        while (end > 0 && base[end - 1] != '.')
            end--;
        if (end == 0)
            return gilt_raise(ts, GILT_EXC_IMPORT_ERROR,
                              "attempted relative import beyond top-level "
                              "package");
        end--;
    }
    if (!name->size)
        return gilt_str_new(ts, base, end);
    return gilt_str_printf(ts, "%.*s.%s", (int)end, base, name->data);
}

static bool empty_fromlist(GiltThread *ts, Value fromlist) {
    if (!fromlist || fromlist == VAL_NONE)
        return true;
    int64_t n;
    if (gilt_len(ts, fromlist, &n) < 0) {
        gilt_exc_clear(ts);
        return false;
    }
    return n == 0;
}

// `from pkg import sub`: import submodules the package lacks as attributes.
static int handle_fromlist(GiltThread *ts, Value module, const char *modname,
                           Value fromlist) {
    if (!gilt_getattr_opt(ts, module, GILT_NAME(ts, __path__)))
        return ts->exc ? -1 : 0;
    Value lst = gilt_list_from_iterable(ts, fromlist);
    if (!lst)
        return -1;
    gilt_gc_push_root(ts, lst);
    int r = 0;
    for (size_t i = 0; i < AS_LIST(lst)->len && r == 0; i++) {
        Value item = AS_LIST(lst)->items[i];
        if (!GILT_IS_SUB(ts, item, GILT_TF_STR_SUB))
            continue;
        if (gilt_str_eq_cstr(AS_STR(item), "*")) {
            // `from pkg import *` imports the submodules __all__ names.
            Value all = gilt_getattr_opt(ts, module, GILT_NAME(ts, __all__));
            if (all)
                r = handle_fromlist(ts, module, modname, all);
            else if (ts->exc)
                r = -1;
            continue;
        }
        GiltStr *n = gilt_str_intern(ts, AS_STR(item));
        if (!n || gilt_getattr_opt(ts, module, n))
            continue;
        if (ts->exc) {
            r = -1;
            break;
        }
        char full[512];
        snprintf(full, sizeof full, "%s.%s", modname, n->data);
        if (!gilt_import_module(ts, full)) {
            // A missing submodule is reported later by IMPORT_FROM.
            if (gilt_exc_matches(ts, GILT_EXC_MODULE_NOT_FOUND_ERROR))
                gilt_exc_clear(ts);
            else
                r = -1;
        }
    }
    gilt_gc_pop_root(ts);
    return r;
}

Value gilt_import(GiltThread *ts, GiltStr *name, GiltDict *globals,
                  Value fromlist, int level) {
    Value absname = OBJ_VAL(name);
    if (level > 0 && !(absname = resolve_name(ts, name, globals, level)))
        return VAL_NULL;
    if (level == 0 && name->size == 0)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR, "Empty module name");
    gilt_gc_push_root(ts, absname);
    const char *abs = AS_STR(absname)->data;
    Value m = gilt_import_module(ts, abs);
    Value r = m;
    if (m && empty_fromlist(ts, fromlist)) {
        // The top-level package: for `import a.b.c`, a.
        const char *dot = strchr(level ? name->data : abs, '.');
        if (level == 0 && dot) {
            char top[512];
            size_t n = (size_t)(dot - abs);
            memcpy(top, abs, n < sizeof top ? n : sizeof top - 1);
            top[n < sizeof top ? n : sizeof top - 1] = 0;
            r = modules_get(ts, top);
        }
    } else if (m && handle_fromlist(ts, m, abs, fromlist) < 0) {
        r = VAL_NULL;
    }
    gilt_gc_pop_root(ts);
    return r;
}

Value gilt_import_attr(GiltThread *ts, Value module, GiltStr *name) {
    Value v = gilt_getattr_opt(ts, module, name);
    if (v || ts->exc)
        return v;
    Value mname = gilt_getattr_opt(ts, module, GILT_NAME(ts, __name__));
    gilt_exc_clear(ts);
    if (mname && GILT_IS_SUB(ts, mname, GILT_TF_STR_SUB)) {
        char full[512];
        snprintf(full, sizeof full, "%s.%s", AS_STR(mname)->data, name->data);
        Value sub = modules_get(ts, full);
        if (sub)
            return sub;
        Value file = gilt_getattr_opt(ts, module, GILT_NAME(ts, __file__));
        gilt_exc_clear(ts);
        bool has_file = file && GILT_IS_SUB(ts, file, GILT_TF_STR_SUB);
        if (has_file)
            gilt_raise(ts, GILT_EXC_IMPORT_ERROR,
                       "cannot import name '%U' from '%U' (%U)", name,
                       AS_STR(mname), AS_STR(file));
        else
            gilt_raise(ts, GILT_EXC_IMPORT_ERROR,
                       "cannot import name '%U' from '%U' (unknown location)",
                       name, AS_STR(mname));
        set_import_attrs(ts, mname, has_file ? file : VAL_NONE);
        return VAL_NULL;
    }
    return gilt_raise(ts, GILT_EXC_IMPORT_ERROR, "cannot import name '%U'", name);
}

int gilt_import_all_into(GiltThread *ts, Value module, Value ns) {
    Value all = gilt_getattr_opt(ts, module, GILT_NAME(ts, __all__));
    if (ts->exc)
        return -1;
    Value names = all ? gilt_list_from_iterable(ts, all) : VAL_NULL;
    if (!all) {
        GiltDict *d = gilt_instance_dict(ts, module);
        if (!d)
            return gilt_raise(ts, GILT_EXC_IMPORT_ERROR,
                              "from-import-* object has no __dict__ and no "
                              "__all__") ? -1 : -1;
        names = gilt_list_from_iterable(ts, OBJ_VAL(d));
    }
    if (!names)
        return -1;
    gilt_gc_push_root(ts, names);
    int r = 0;
    for (size_t i = 0; i < AS_LIST(names)->len && r == 0; i++) {
        Value n = AS_LIST(names)->items[i];
        if (!GILT_IS_SUB(ts, n, GILT_TF_STR_SUB))
            continue;
        if (!all && AS_STR(n)->data[0] == '_')
            continue;
        GiltStr *in = gilt_str_intern(ts, AS_STR(n));
        Value v = in ? gilt_getattr(ts, module, in) : VAL_NULL;
        r = v ? gilt_setitem(ts, ns, OBJ_VAL(in), v) : -1;
    }
    gilt_gc_pop_root(ts);
    return r;
}

// ---- the builtin ----------------------------------------------------------------------

static Value builtin_import(GiltThread *ts, Value *args, int nargs,
                            GiltTuple *kw) {
    static const char *const names[] = {"name", "globals", "locals",
                                        "fromlist", "level", NULL};
    Value a[5];
    if (gilt_parse_args(ts, "__import__", args, nargs, kw, names, 1, a) < 0)
        return VAL_NULL;
    if (!GILT_IS_SUB(ts, a[0], GILT_TF_STR_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "__import__() argument 1 must be str, not %T", a[0]);
    int64_t level = 0;
    if (a[4] && gilt_index(ts, a[4], &level) < 0)
        return VAL_NULL;
    GiltDict *g = a[1] && GILT_IS_SUB(ts, a[1], GILT_TF_DICT_SUB) ? AS_DICT(a[1]) : NULL;
    GiltStr *n = gilt_str_intern(ts, AS_STR(a[0]));
    return n ? gilt_import(ts, n, g, a[3], (int)level) : VAL_NULL;
}

const GiltMethodDef gilt_import_builtins[] = {
    {"__import__", builtin_import, 1, 5, GILT_M_KW},
    {NULL}};

bool gilt_import_is_default(GiltThread *ts, Value imp) {
    return GILT_IS(ts, imp, NATIVE) &&
           ((GiltNative *)AS_OBJ(imp))->def == &gilt_import_builtins[0];
}
