/* api.c - The public API (gilt.h): VMs, running files, strings, modules
 * and interactive input, exit status, interrupts, completion.
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../modules/atexit.h"
#include "../modules/importer.h"
#include "../modules/io.h"
#include "../runtime/dict.h"
#include "../runtime/int.h"
#include "../runtime/list.h"
#include "../runtime/module.h"
#include "../runtime/str.h"
#include "../runtime/traceback.h"
#include "../runtime/tuple.h"
#include "../runtime/type.h"
#include "compiler.h"
#include "gc.h"
#include "import.h"
#include "interp.h"
#include "threads.h"

GILT_API void gilt_config_init(GiltConfig *config) {
    memset(config, 0, sizeof *config);
    config->use_environment = true;
}

GILT_API const char *gilt_version(void) {
    return GILT_VERSION_STRING;
}

GILT_API GiltVM *gilt_vm_new(const GiltConfig *config) {
    GiltThread *ts;
    return gilt_state_new(config, &ts);
}

static GiltThread *main_ts(GiltVM *vm) {
    GiltThread *ts = gilt_state_current(vm);
    return ts ? ts : vm->main_thread;
}

// threading._shutdown(): wait for the non-daemon threads (as CPython does
// before the atexit handlers), when threading was imported.
static void join_threads(GiltThread *ts) {
    GiltStr *name = gilt_str_intern_cstr(ts, "threading");
    Value mod = name ? gilt_dict_get_str(ts, AS_DICT(ts->vm->modules), name) : VAL_NULL;
    Value fn = mod && GILT_IS(ts, mod, MODULE) ? gilt_module_get(ts, mod, "_shutdown") : VAL_NULL;
    if (fn && !gilt_call0(ts, fn))
        gilt_exc_report_unraisable(ts, "Exception ignored in: ", mod);
    gilt_exc_clear(ts);
}

// The end of --gil-stats and --gil-trace.
static void gil_reports(GiltThread *ts) {
    GiltVM *vm = ts->vm;
    if (vm->config.gil_stats) {
        fputc('\n', stderr);
        gilt_gil_stats_print(vm, stderr);
    }
    const char *path = vm->config.gil_trace;
    if (path && gilt_gil_trace_stop(vm, path) < 0 && errno)
        fprintf(stderr, "gilt: cannot write the GIL trace to %s: %s\n", path,
                strerror(errno));
}

GILT_API void gilt_vm_free(GiltVM *vm) {
    if (!vm)
        return;
    GiltThread *ts = main_ts(vm);
    join_threads(ts);
    gilt_atexit_run(ts);
    gilt_io_flush_std(ts);
    gil_reports(ts);
    // A daemon thread stuck in a system call may still touch the VM when
    // it returns: then the VM stays allocated (gilt.h).
    if (!gilt_threads_finalize(ts, 1.0))
        return;
    // __del__ methods and unfinished generators, as CPython runs them at
    // exit; the hooks above have already reported.
    gilt_gc_finalize_all(ts);
    gilt_io_flush_std(ts);
    gilt_state_free(vm);
}

GILT_API void gilt_release_gil(GiltVM *vm) {
    GILT_GIL_RELEASE(main_ts(vm));
}

GILT_API void gilt_acquire_gil(GiltVM *vm) {
    GILT_GIL_ACQUIRE(main_ts(vm));
}

GILT_API void gilt_interrupt(GiltVM *vm) {
    atomic_fetch_or(&vm->eval_breaker, GILT_EB_SIGNAL);
}

GILT_API int gilt_exit_status(GiltVM *vm) {
    return vm->exit_code;
}

GILT_API GiltStatus gilt_set_argv(GiltVM *vm, int argc, const char *const *argv) {
    GiltThread *ts = main_ts(vm);
    GiltList *l = gilt_list_new(ts, (size_t)argc);
    if (!l)
        return GILT_EXCEPTION;
    gilt_gc_push_root(ts, OBJ_VAL(l));
    for (int i = 0; i < argc; i++) {
        Value s = gilt_str_decode_utf8(ts, argv[i], strlen(argv[i]), "surrogateescape");
        if (!s || gilt_list_append(ts, l, s) < 0) {
            gilt_gc_pop_root(ts);
            return GILT_EXCEPTION;
        }
    }
    if (argc == 0 && gilt_list_append(ts, l, vm->empty_str) < 0)
        return GILT_EXCEPTION;
    int r = gilt_module_add(ts, vm->sys, "argv", OBJ_VAL(l));
    gilt_gc_pop_root(ts);
    return r < 0 ? GILT_EXCEPTION : GILT_OK;
}

// ---- uncaught exceptions ---------------------------------------------------------------

// SystemExit's code as a process exit status (printing a non-int code).
static int system_exit_status(GiltThread *ts, Value exc) {
    Value code = gilt_getattr_cstr(ts, exc, "code");
    if (!code) {
        gilt_exc_clear(ts);
        return 1;
    }
    if (code == VAL_NONE)
        return 0;
    if (gilt_is_int(ts, code)) {
        int64_t n;
        if (gilt_int_to_i64(ts, gilt_int_value(ts, code), &n) == 0)
            return (int)n;
        gilt_exc_clear(ts);
        return -1;
    }
    Value s = gilt_str(ts, code);
    if (s) {
        gilt_write_stderr(ts, AS_STR(s)->data, AS_STR(s)->size);
        gilt_write_stderr(ts, "\n", 1);
    }
    gilt_exc_clear(ts);
    return 1;
}

// Report the exception in flight as the top level does; returns the status.
static GiltStatus handle_exception(GiltThread *ts) {
    GiltVM *vm = ts->vm;
    Value exc = gilt_exc_fetch(ts);
    if (!exc)
        return GILT_OK;
    gilt_gc_push_root(ts, exc);
    if (gilt_isinstance_type(ts, exc, vm->exc_types[GILT_EXC_SYSTEM_EXIT])) {
        vm->exit_code = system_exit_status(ts, exc);
        gilt_gc_pop_root(ts);
        return GILT_EXIT;
    }
    gilt_io_flush_std(ts);
    Value hook = gilt_module_get(ts, vm->sys, "excepthook");
    Value args[3] = {OBJ_VAL(gilt_typeof(ts, exc)), exc,
                     ((GiltException *)AS_OBJ(exc))->traceback};
    if (!hook || !gilt_call(ts, hook, args, 3, NULL)) {
        gilt_exc_clear(ts);
        gilt_exc_print(ts, exc);
    }
    bool kbd = gilt_isinstance_type(ts, exc, vm->exc_types[GILT_EXC_KEYBOARD_INTERRUPT]);
    vm->exit_code = kbd ? 130 : 1;
    gilt_gc_pop_root(ts);
    return GILT_EXCEPTION;
}

// ---- running code ---------------------------------------------------------------------

static Value main_module(GiltThread *ts) {
    GiltVM *vm = ts->vm;
    if (vm->main_module)
        return vm->main_module;
    Value m = gilt_module_new(ts, "__main__");
    if (!m)
        return VAL_NULL;
    GiltDict *d = AS_MODULE(m)->dict;
    Value b = gilt_dict_get_str(ts, AS_DICT(vm->modules), gilt_str_intern_cstr(ts, "builtins"));
    if (gilt_dict_set_str(ts, d, GILT_NAME(ts, __builtins__), b) < 0 ||
        gilt_dict_set_cstr(ts, AS_DICT(vm->modules), "__main__", m) < 0)
        return VAL_NULL;
    vm->main_module = m;
    return m;
}

static GiltStatus run_code(GiltThread *ts, const char *src, size_t size,
                           const char *filename, AstMode mode) {
    Value m = main_module(ts);
    if (!m)
        return handle_exception(ts);
    GiltCode *code = gilt_compile(ts, src, size, filename, mode, 0);
    if (!code)
        return handle_exception(ts);
    gilt_gc_push_root(ts, OBJ_VAL(code));
    Value r = gilt_eval_code(ts, code, AS_MODULE(m)->dict, VAL_NULL);
    gilt_gc_pop_root(ts);
    if (!r)
        return handle_exception(ts);
    ts->vm->exit_code = 0;
    return GILT_OK;
}

static int set_path0(GiltThread *ts, const char *dir) {
    Value d = gilt_str_from_cstr(ts, dir);
    return d ? gilt_list_insert(ts, AS_LIST(ts->vm->path), 0, d) : -1;
}

GILT_API GiltStatus gilt_run_file(GiltVM *vm, const char *path) {
    GiltThread *ts = main_ts(vm);
    size_t size;
    char *src = gilt_read_file(ts, path, &size);
    if (!src)
        return handle_exception(ts);
    char real[PATH_MAX];
    if (!realpath(path, real))
        snprintf(real, sizeof real, "%s", path);
    char *slash = strrchr(real, '/');
    if (slash)
        *slash = 0;
    // __file__ (and the code's filename) is absolute, as in CPython 3.9+.
    char abs[PATH_MAX];
    if (path[0] == '/' || !getcwd(abs, sizeof abs))
        snprintf(abs, sizeof abs, "%s", path);
    else
        snprintf(abs + strlen(abs), sizeof abs - strlen(abs), "/%s",
                 path[0] == '.' && path[1] == '/' ? path + 2 : path);
    Value m = main_module(ts);
    GiltStatus st;
    Value file = gilt_str_from_cstr(ts, abs);
    Value loader = file ? gilt_loader_new(ts, AS_MODULE(m)->name, file) : VAL_NULL;
    if (!m || !loader || set_path0(ts, slash ? real : ".") < 0 ||
        gilt_module_add(ts, m, "__file__", file) < 0 ||
        gilt_module_add(ts, m, "__loader__", loader) < 0)
        st = handle_exception(ts);
    else
        st = run_code(ts, src, size, abs, AST_MODE_FILE);
    free(src);
    return st;
}

GILT_API GiltStatus gilt_run_string(GiltVM *vm, const char *source,
                                    const char *filename) {
    GiltThread *ts = main_ts(vm);
    if (set_path0(ts, "") < 0)
        return handle_exception(ts);
    return run_code(ts, source, strlen(source), filename, AST_MODE_FILE);
}

GILT_API GiltStatus gilt_run_module(GiltVM *vm, const char *name) {
    GiltThread *ts = main_ts(vm);
    char cwd[PATH_MAX];
    if (!getcwd(cwd, sizeof cwd))
        strcpy(cwd, ".");
    if (set_path0(ts, cwd) < 0)
        return handle_exception(ts);
    // Import the parent packages, then run the module itself as __main__.
    const char *dot = strrchr(name, '.');
    if (dot) {
        char parent[512];
        snprintf(parent, sizeof parent, "%.*s", (int)(dot - name), name);
        if (!gilt_import_module(ts, parent))
            return handle_exception(ts);
    }
    GiltFound found;
    Value path = vm->path;
    if (dot) {
        Value p = gilt_dict_get_str(ts, AS_DICT(vm->modules),
                                    gilt_str_intern_n(ts, name, (size_t)(dot - name)));
        path = p ? gilt_getattr_opt(ts, p, GILT_NAME(ts, __path__)) : VAL_NULL;
    }
    int r = path ? gilt_importer_find(ts, name, dot ? dot + 1 : name, path, &found) : 0;
    if (r <= 0) {
        if (r == 0 && !ts->exc) {
            char msg[600];
            int n = snprintf(msg, sizeof msg, "%s: No module named %s\n",
                             "gilt", name);
            gilt_write_stderr(ts, msg, (size_t)n);
            vm->exit_code = 1;
            return GILT_EXCEPTION;
        }
        return handle_exception(ts);
    }
    Value m = main_module(ts);
    GiltStatus st;
    if (!m || gilt_module_add_str(ts, m, "__file__", found.filename) < 0 ||
        gilt_list_append(ts, AS_LIST(gilt_module_get(ts, vm->sys, "argv")), VAL_NONE) < 0) {
        st = handle_exception(ts);
    } else {
        Value argv = gilt_module_get(ts, vm->sys, "argv");
        GiltList *al = AS_LIST(argv);
        al->len--;
        if (al->len)
            al->items[0] = gilt_str_from_cstr(ts, found.filename);
        st = run_code(ts, found.source, found.size, found.filename, AST_MODE_FILE);
    }
    gilt_found_free(&found);
    return st;
}

// ---- interactive ---------------------------------------------------------------------------

GILT_API GiltSourceKind gilt_source_kind(GiltVM *vm, const char *source) {
    GiltArena arena;
    gilt_arena_init(&arena);
    AstError err;
    memset(&err, 0, sizeof err);
    AstMod *mod = gilt_parse(&arena, source, strlen(source), "<stdin>",
                             AST_MODE_SINGLE, &err);
    GiltSourceKind k = mod ? GILT_SOURCE_COMPLETE
                       : err.incomplete ? GILT_SOURCE_INCOMPLETE
                                        : GILT_SOURCE_ERROR;
    gilt_arena_fini(&arena);
    return k;
}

GILT_API GiltStatus gilt_run_interactive(GiltVM *vm, const char *source) {
    GiltThread *ts = main_ts(vm);
    GiltStatus st = run_code(ts, source, strlen(source), "<stdin>", AST_MODE_SINGLE);
    gilt_io_flush_std(ts);
    return st;
}

// ---- completion -----------------------------------------------------------------------------

static const char *const keywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break",
    "class", "continue", "def", "del", "elif", "else", "except", "finally",
    "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    NULL};

typedef struct {
    char **items;
    size_t n, cap;
} Matches;

static void add_match(Matches *m, const char *prefix, const char *name,
                      const char *suffix) {
    for (size_t i = 0; i < m->n; i++) {
        size_t pl = strlen(prefix);
        if (!strncmp(m->items[i], prefix, pl) && !strcmp(m->items[i] + pl, name))
            return;
    }
    if (m->n + 2 > m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 16;
        char **items = realloc(m->items, cap * sizeof *items);
        if (!items)
            return;
        m->items = items;
        m->cap = cap;
    }
    size_t len = strlen(prefix) + strlen(name) + strlen(suffix) + 1;
    char *s = malloc(len);
    if (!s)
        return;
    snprintf(s, len, "%s%s%s", prefix, name, suffix);
    m->items[m->n++] = s;
    m->items[m->n] = NULL;
}

static void match_names(GiltThread *ts, Matches *m, Value names, Value owner,
                        const char *prefix, const char *text) {
    size_t tl = strlen(text);
    Value lst = gilt_list_from_iterable(ts, names);
    if (!lst)
        return;
    gilt_gc_push_root(ts, lst);
    for (size_t i = 0; i < AS_LIST(lst)->len; i++) {
        Value n = AS_LIST(lst)->items[i];
        if (!GILT_IS_SUB(ts, n, GILT_TF_STR_SUB))
            continue;
        const char *s = AS_STR(n)->data;
        if (strncmp(s, text, tl) || (s[0] == '_' && text[0] != '_'))
            continue;
        Value v = owner ? gilt_getattr_opt(ts, owner, gilt_str_intern(ts, AS_STR(n)))
                        : VAL_NULL;
        gilt_exc_clear(ts);
        add_match(m, prefix, s, v && gilt_callable(ts, v) ? "(" : "");
    }
    gilt_gc_pop_root(ts);
}

// `expr.prefix`: expr is only evaluated when it is a dotted name.
static void complete_attr(GiltThread *ts, Matches *m, const char *text) {
    const char *dot = strrchr(text, '.');
    size_t n = (size_t)(dot - text);
    for (size_t i = 0; i < n; i++) {
        char c = text[i];
        if (!(c == '.' || c == '_' || (c >= '0' && c <= '9') ||
              (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c & 0x80)))
            return;
    }
    Value mod = main_module(ts);
    char expr[512];
    snprintf(expr, sizeof expr, "%.*s", (int)n, text);
    GiltCode *code = gilt_compile(ts, expr, strlen(expr), "<completion>",
                                  AST_MODE_EVAL, 0);
    Value obj = code ? gilt_eval_code(ts, code, AS_MODULE(mod)->dict, VAL_NULL) : VAL_NULL;
    if (!obj) {
        gilt_exc_clear(ts);
        return;
    }
    gilt_gc_push_root(ts, obj);
    Value dir = gilt_dict_get_str(ts, AS_DICT(ts->vm->builtins), gilt_str_intern_cstr(ts, "dir"));
    Value names = dir ? gilt_call1(ts, dir, obj) : VAL_NULL;
    char prefix[520];
    snprintf(prefix, sizeof prefix, "%.*s.", (int)n, text);
    if (names)
        match_names(ts, m, names, obj, prefix, dot + 1);
    gilt_exc_clear(ts);
    gilt_gc_pop_root(ts);
}

GILT_API char **gilt_complete(GiltVM *vm, const char *text) {
    GiltThread *ts = main_ts(vm);
    Matches m = {0};
    size_t mark = gilt_gc_roots_mark(ts);
    if (strchr(text, '.')) {
        complete_attr(ts, &m, text);
    } else {
        size_t tl = strlen(text);
        for (const char *const *k = keywords; *k; k++)
            if (!strncmp(*k, text, tl))
                add_match(&m, "", *k, "");
        Value mod = main_module(ts);
        if (mod) {
            match_names(ts, &m, OBJ_VAL(AS_MODULE(mod)->dict), mod, "", text);
            Value b = gilt_dict_get_str(ts, AS_DICT(vm->modules), gilt_str_intern_cstr(ts, "builtins"));
            if (b)
                match_names(ts, &m, vm->builtins, b, "", text);
        }
    }
    gilt_exc_clear(ts);
    gilt_gc_roots_restore(ts, mark);
    return m.items;
}
