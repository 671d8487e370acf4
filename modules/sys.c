/* sys.c - The sys module: interpreter state visible to scripts (argv,
 * path, modules, the std streams, recursion limit, check interval,
 * exc_info, displayhook/excepthook...).
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "../runtime/dict.h"
#include "../runtime/float.h"
#include "../runtime/func.h"
#include "../runtime/int.h"
#include "../runtime/list.h"
#include "../runtime/module.h"
#include "../runtime/numbers.h"
#include "../runtime/str.h"
#include "../runtime/tuple.h"
#include "../runtime/type.h"
#include "../vm/gc.h"
#include "../vm/init.h"
#include "importer.h"
#include "io.h"
#include "../runtime/traceback.h"

static Value sys_exit(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return gilt_raise_value(ts, GILT_EXC_SYSTEM_EXIT, nargs ? args[0] : VAL_NULL);
}

static Value sys_getrecursionlimit(GiltThread *ts, Value *args, int nargs,
                                   GiltTuple *kw) {
    return INT_VAL(ts->vm->recursion_limit);
}

static Value sys_setrecursionlimit(GiltThread *ts, Value *args, int nargs,
                                   GiltTuple *kw) {
    int64_t n;
    if (!gilt_is_int(ts, args[0]))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "'%T' object cannot be interpreted as an integer", args[0]);
    if (gilt_index(ts, args[0], &n) < 0)
        return VAL_NULL;
    if (n < 1)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                          "recursion limit must be greater or equal than 1");
    if (n <= ts->depth)
        return gilt_raise(ts, GILT_EXC_RECURSION_ERROR,
                          "cannot set the recursion limit to %lld at the "
                          "recursion depth %d: the limit is too low",
                          (long long)n, ts->depth);
    ts->vm->recursion_limit = n > 1000000 ? 1000000 : (int)n;
    return VAL_NONE;
}

static Value sys_getcheckinterval(GiltThread *ts, Value *args, int nargs,
                                  GiltTuple *kw) {
    return INT_VAL(ts->vm->check_interval);
}

static Value sys_setcheckinterval(GiltThread *ts, Value *args, int nargs,
                                  GiltTuple *kw) {
    int64_t n;
    if (gilt_index(ts, args[0], &n) < 0)
        return VAL_NULL;
    if (n < 1)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                          "check interval must be at least 1");
    gilt_gil_set_check_interval(ts->vm, n > 1000000000 ? 1000000000 : (int)n);
    return VAL_NONE;
}

// Kept in whole microseconds, as CPython keeps it.
static Value sys_getswitchinterval(GiltThread *ts, Value *args, int nargs,
                                   GiltTuple *kw) {
    return FLOAT_VAL(1e-6 * (double)(ts->vm->gil.switch_interval_ns / 1000));
}

static Value sys_setswitchinterval(GiltThread *ts, Value *args, int nargs,
                                   GiltTuple *kw) {
    double s;
    if (gilt_to_double(ts, args[0], &s) < 0)
        return VAL_NULL;
    if (!(s > 0))
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                          "switch interval must be strictly positive");
    double us = s * 1e6 > 1e15 ? 1e15 : s * 1e6;
    GiltGil *g = &ts->vm->gil;
    pthread_mutex_lock(&g->mu);
    g->switch_interval_ns = (int64_t)us * 1000;
    pthread_mutex_unlock(&g->mu);
    return VAL_NONE;
}

static Value exc_triple(GiltThread *ts, Value e) {
    if (!e)
        return gilt_tuple_pack(ts, 3, VAL_NONE, VAL_NONE, VAL_NONE);
    return gilt_tuple_pack(ts, 3, OBJ_VAL(gilt_typeof(ts, e)), e,
                           ((GiltException *)AS_OBJ(e))->traceback);
}

static Value sys_exc_info(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return exc_triple(ts, ts->exc_info);
}

static Value sys_exception(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return ts->exc_info ? ts->exc_info : VAL_NONE;
}

static Value sys_intern(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    if (!GILT_IS(ts, args[0], STR))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "intern() argument must be str, not %T", args[0]);
    GiltStr *s = gilt_str_intern(ts, AS_STR(args[0]));
    return s ? OBJ_VAL(s) : VAL_NULL;
}

static Value sys_getsizeof(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    bool found;
    Value r = gilt_call_dunder(ts, args[0], gilt_str_intern_cstr(ts, "__sizeof__"),
                               NULL, 0, &found);
    if (!found)
        return nargs > 1 ? args[1]
                         : gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                                      "Type %T doesn't define __sizeof__", args[0]);
    if (!r)
        return VAL_NULL;
    return gilt_binop(ts, r, INT_VAL(16), GILT_OP_ADD);
}

static Value sys_getdefaultencoding(GiltThread *ts, Value *args, int nargs,
                                    GiltTuple *kw) {
    return gilt_str_from_cstr(ts, "utf-8");
}

static Value sys_displayhook(GiltThread *ts, Value *args, int nargs,
                             GiltTuple *kw) {
    Value v = args[0];
    if (v == VAL_NONE)
        return VAL_NONE;
    GiltDict *b = AS_DICT(ts->vm->builtins);
    if (gilt_dict_set_str(ts, b, GILT_NAME(ts, _), VAL_NONE) < 0)
        return VAL_NULL;
    Value out = gilt_module_get(ts, ts->vm->sys, "stdout");
    if (!out || out == VAL_NONE)
        return gilt_raise(ts, GILT_EXC_RUNTIME_ERROR, "lost sys.stdout");
    GiltStrBuf buf;
    gilt_strbuf_init(&buf);
    if (!gilt_strbuf_append_repr(ts, &buf, v)) {
        gilt_strbuf_free(ts, &buf);
        return VAL_NULL;
    }
    gilt_strbuf_append_char(ts, &buf, '\n');
    if (gilt_io_write_buf(ts, out, &buf) < 0)
        return VAL_NULL;
    return gilt_dict_set_str(ts, b, GILT_NAME(ts, _), v) < 0 ? VAL_NULL : VAL_NONE;
}

static Value sys_excepthook(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    Value exc = args[1];
    if (gilt_is_exception(ts, exc)) {
        if (args[2] != VAL_NONE)
            ((GiltException *)AS_OBJ(exc))->traceback = args[2];
        gilt_exc_print(ts, exc);
    } else {
        char msg[256];
        int n = snprintf(msg, sizeof msg,
                         "TypeError: print_exception(): Exception expected for "
                         "value, %s found\n",
                         gilt_type_name(ts, exc));
        gilt_write_stderr(ts, msg, (size_t)n);
    }
    return VAL_NONE;
}

static const GiltMethodDef sys_functions[] = {
    {"exit", sys_exit, 0, 1, 0},
    {"getrecursionlimit", sys_getrecursionlimit, 0, 0, 0},
    {"setrecursionlimit", sys_setrecursionlimit, 1, 1, 0},
    {"getcheckinterval", sys_getcheckinterval, 0, 0, 0},
    {"setcheckinterval", sys_setcheckinterval, 1, 1, 0},
    {"getswitchinterval", sys_getswitchinterval, 0, 0, 0},
    {"setswitchinterval", sys_setswitchinterval, 1, 1, 0},
    {"exc_info", sys_exc_info, 0, 0, 0},
    {"exception", sys_exception, 0, 0, 0},
    {"intern", sys_intern, 1, 1, 0},
    {"getsizeof", sys_getsizeof, 1, 2, 0},
    {"getdefaultencoding", sys_getdefaultencoding, 0, 0, 0},
    {"getfilesystemencoding", sys_getdefaultencoding, 0, 0, 0},
    {"displayhook", sys_displayhook, 1, 1, 0},
    {"excepthook", sys_excepthook, 3, 3, 0},
    {NULL}};

// ---- version_info ------------------------------------------------------------------

static Value vi_item(GiltThread *ts, Value self, int i) {
    return AS_TUPLE(self)->items[i];
}

#define VI_GETTER(name, i)                                                     \
    static Value vi_##name(GiltThread *ts, Value *args, int nargs,             \
                           GiltTuple *kw) {                                    \
        return vi_item(ts, args[0], i);                                        \
    }
VI_GETTER(major, 0)
VI_GETTER(minor, 1)
VI_GETTER(micro, 2)
VI_GETTER(releaselevel, 3)
VI_GETTER(serial, 4)

static const GiltMethodDef vi_getters[] = {
    {"major", vi_major, 0, 0, 0},     {"minor", vi_minor, 0, 0, 0},
    {"micro", vi_micro, 0, 0, 0},     {"releaselevel", vi_releaselevel, 0, 0, 0},
    {"serial", vi_serial, 0, 0, 0},   {NULL}};

static Value vi_repr(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltTuple *t = AS_TUPLE(args[0]);
    return gilt_str_printf(ts,
                           "sys.version_info(major=%lld, minor=%lld, micro=%lld, "
                           "releaselevel='%s', serial=%lld)",
                           (long long)AS_INT(t->items[0]),
                           (long long)AS_INT(t->items[1]),
                           (long long)AS_INT(t->items[2]),
                           AS_STR(t->items[3])->data,
                           (long long)AS_INT(t->items[4]));
}

static const GiltMethodDef vi_repr_def = {"__repr__", vi_repr, 0, 0, 0};

// A tuple subclass whose fields are also attributes (a struct sequence).
static Value make_version_info(GiltThread *ts) {
    GiltDict *ns = gilt_dict_new(ts);
    if (!ns)
        return VAL_NULL;
    gilt_gc_push_root(ts, OBJ_VAL(ns));
    for (const GiltMethodDef *d = vi_getters; d->name; d++) {
        Value fn = gilt_native_new(ts, d, VAL_NULL, VAL_NULL);
        Value prop = fn ? gilt_call1(ts, OBJ_VAL(GILT_TYPE(ts, PROPERTY)), fn) : VAL_NULL;
        if (!prop || gilt_dict_set_cstr(ts, ns, d->name, prop) < 0)
            return VAL_NULL;
    }
    Value rf = gilt_native_new(ts, &vi_repr_def, VAL_NULL, VAL_NULL);
    Value mod = gilt_str_from_cstr(ts, "sys");
    if (!rf || !mod || gilt_dict_set_cstr(ts, ns, "__repr__", rf) < 0 ||
        gilt_dict_set_cstr(ts, ns, "__module__", mod) < 0)
        return VAL_NULL;
    Value base = OBJ_VAL(GILT_TYPE(ts, TUPLE));
    GiltTuple *bases = gilt_tuple_from(ts, &base, 1);
    Value t = bases ? gilt_type_new_class(ts, GILT_TYPE(ts, TYPE),
                                          gilt_str_intern_cstr(ts, "version_info"),
                                          bases, ns)
                    : VAL_NULL;
    if (!t)
        return VAL_NULL;
    gilt_gc_push_root(ts, t);
    Value items = gilt_tuple_pack(ts, 5, INT_VAL(3), INT_VAL(11), INT_VAL(0),
                                  gilt_str_from_cstr(ts, "final"), INT_VAL(0));
    return items ? gilt_call1(ts, t, items) : VAL_NULL;
}

// ---- module setup --------------------------------------------------------------------

static int add_streams(GiltThread *ts, Value m) {
    static const struct {
        int fd;
        const char *name, *attr, *orig;
    } s[] = {{0, "<stdin>", "stdin", "__stdin__"},
             {1, "<stdout>", "stdout", "__stdout__"},
             {2, "<stderr>", "stderr", "__stderr__"}};
    for (int i = 0; i < 3; i++) {
        Value f = gilt_io_std_stream(ts, s[i].fd, s[i].name, i == 0, i != 0);
        if (!f || gilt_module_add(ts, m, s[i].attr, f) < 0 ||
            gilt_module_add(ts, m, s[i].orig, f) < 0)
            return -1;
    }
    return 0;
}

static int add_builtin_names(GiltThread *ts, Value m) {
    GiltList *l = gilt_list_new(ts, 0);
    if (!l)
        return -1;
    gilt_gc_push_root(ts, OBJ_VAL(l));
    const char *core[] = {"builtins", "sys"};
    for (int i = 0; i < 2; i++)
        if (gilt_list_append(ts, l, gilt_str_from_cstr(ts, core[i])) < 0)
            return -1;
    for (size_t i = 0; gilt_native_module_at(i); i++)
        if (gilt_list_append(ts, l, gilt_str_from_cstr(ts, gilt_native_module_at(i)->name)) < 0)
            return -1;
    int r = gilt_list_sort(ts, l, VAL_NULL, false);
    Value t = r < 0 ? VAL_NULL : gilt_tuple_from_iterable(ts, OBJ_VAL(l));
    gilt_gc_pop_root(ts);
    return t ? gilt_module_add(ts, m, "builtin_module_names", t) : -1;
}

static int add_path(GiltThread *ts, Value m) {
    GiltList *path = gilt_list_new(ts, 4);
    if (!path)
        return -1;
    ts->vm->path = OBJ_VAL(path);
    const GiltConfig *c = &ts->vm->config;
    for (const char *const *p = c->path; p && *p; p++)
        if (gilt_list_append(ts, path, gilt_str_from_cstr(ts, *p)) < 0)
            return -1;
    const char *env = c->use_environment ? getenv("GILTPATH") : NULL;
    while (env && *env) {
        const char *colon = strchr(env, ':');
        size_t n = colon ? (size_t)(colon - env) : strlen(env);
        if (n && gilt_list_append(ts, path, gilt_str_new(ts, env, n)) < 0)
            return -1;
        env = colon ? colon + 1 : NULL;
    }
    if (gilt_list_append(ts, path, gilt_str_from_cstr(ts, GILT_LIB_PATH)) < 0)
        return -1;
    return gilt_module_add(ts, m, "path", OBJ_VAL(path));
}

static int add_implementation(GiltThread *ts, Value m) {
    Value impl = gilt_module_new(ts, "implementation");
    if (!impl)
        return -1;
    gilt_gc_push_root(ts, impl);
    Value ver = gilt_tuple_pack(ts, 5, INT_VAL(GILT_VERSION_MAJOR),
                                INT_VAL(GILT_VERSION_MINOR),
                                INT_VAL(GILT_VERSION_PATCH),
                                gilt_str_from_cstr(ts, "final"), INT_VAL(0));
    int r = gilt_module_add_str(ts, impl, "name", "gilt") < 0 ||
                    gilt_module_add(ts, impl, "version", ver) < 0 ||
                    gilt_module_add(ts, impl, "cache_tag", VAL_NONE) < 0 ||
                    gilt_module_add(ts, m, "implementation", impl) < 0
                ? -1
                : 0;
    gilt_gc_pop_root(ts);
    return r;
}

static int add_constants(GiltThread *ts, Value m) {
    char exe[1024];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    exe[n > 0 ? n : 0] = 0;
    Value vi = make_version_info(ts);
    if (!vi || gilt_module_add(ts, m, "version_info", vi) < 0)
        return -1;
    return gilt_module_add_str(ts, m, "version",
                               GILT_PYTHON_VERSION " (gilt " GILT_VERSION_STRING
                               ")") < 0 ||
                   gilt_module_add(ts, m, "maxsize",
                                   gilt_int_from_i64(ts, INT64_MAX)) < 0 ||
                   gilt_module_add_int(ts, m, "maxunicode", 0x10FFFF) < 0 ||
                   gilt_module_add_int(ts, m, "hexversion", 0x030B00F0) < 0 ||
                   gilt_module_add_str(ts, m, "byteorder", "little") < 0 ||
                   gilt_module_add_str(ts, m, "platform", "linux") < 0 ||
                   gilt_module_add_str(ts, m, "executable", exe) < 0 ||
                   gilt_module_add_str(ts, m, "prefix", "/usr/local") < 0 ||
                   gilt_module_add_str(ts, m, "exec_prefix", "/usr/local") < 0 ||
                   gilt_module_add(ts, m, "dont_write_bytecode", VAL_TRUE) < 0
               ? -1
               : 0;
}

int gilt_sys_init(GiltThread *ts) {
    static const GiltModuleDef def = {"sys", "System-specific parameters.",
                                      sys_functions, NULL};
    Value m = gilt_module_from_def(ts, &def);
    if (!m)
        return -1;
    ts->vm->sys = m;
    for (const GiltMethodDef *d = gilt_int_sys_functions; d->name; d++)
        if (gilt_module_add(ts, m, d->name,
                            gilt_native_new(ts, d, VAL_NULL, AS_MODULE(m)->name)) < 0)
            return -1;
    if (gilt_dict_set_cstr(ts, AS_DICT(ts->vm->modules), "sys", m) < 0 ||
        gilt_module_add(ts, m, "modules", ts->vm->modules) < 0)
        return -1;
    GiltList *argv = gilt_list_new(ts, 1);
    if (!argv || gilt_list_append(ts, argv, ts->vm->empty_str) < 0 ||
        gilt_module_add(ts, m, "argv", OBJ_VAL(argv)) < 0)
        return -1;
    const GiltModuleDef *io = &gilt_module_io;
    Value iom = gilt_module_from_def(ts, io);
    if (!iom || gilt_dict_set_cstr(ts, AS_DICT(ts->vm->modules), "_io", iom) < 0)
        return -1;
    if (add_streams(ts, m) < 0 || add_builtin_names(ts, m) < 0 ||
        add_path(ts, m) < 0 || add_implementation(ts, m) < 0 ||
        add_constants(ts, m) < 0)
        return -1;
    Value dh = gilt_module_get(ts, m, "displayhook");
    Value eh = gilt_module_get(ts, m, "excepthook");
    return gilt_module_add(ts, m, "__displayhook__", dh) < 0 ||
                   gilt_module_add(ts, m, "__excepthook__", eh) < 0
               ? -1
               : 0;
}
