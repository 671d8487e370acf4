/* thread.c - The _thread module: starting threads, idents, sentinels.
 *
 * A thread started here runs function(*args, **kwargs) with the GIL
 * held; an exception that escapes it is reported as CPython reports it
 * ("Exception ignored in thread started by: ...") unless it is
 * SystemExit. threading.py builds Thread on start_new_thread and joins
 * threads through their sentinel (_set_sentinel): a lock the thread holds
 * until its thread state is gone.
 */
#include <signal.h>

#include "../runtime/dict.h"
#include "../runtime/func.h"
#include "../runtime/int.h"
#include "../runtime/str.h"
#include "../runtime/traceback.h"
#include "../runtime/tuple.h"
#include "../vm/gc.h"
#include "../vm/threads.h"
#include "modules.h"
#include "thread.h"

#define SENTINEL_KEY "_thread.sentinel"

static GiltStr *sentinel_key(GiltThread *ts) {
    return gilt_str_intern_cstr(ts, SENTINEL_KEY);
}

// The per-thread dict (threading.local storage and the sentinel).
static GiltDict *thread_dict(GiltThread *ts) {
    if (!ts->dict) {
        GiltDict *d = gilt_dict_new(ts);
        if (!d)
            return NULL;
        ts->dict = OBJ_VAL(d);
    }
    return AS_DICT(ts->dict);
}

static void thread_main(GiltThread *ts, Value payload) {
    GiltTuple *p = AS_TUPLE(payload);
    Value kw = p->items[2] == VAL_NONE ? VAL_NULL : p->items[2];
    if (!gilt_call_tuple(ts, p->items[0], p->items[1], kw))
        gilt_exc_report_unraisable(ts, "Exception ignored in thread started by: ",
                                   p->items[0]);
    if (ts->dict) {
        GiltStr *k = sentinel_key(ts);
        Value s = k ? gilt_dict_get_str(ts, AS_DICT(ts->dict), k) : VAL_NULL;
        if (s)
            gilt_lock_release_quiet(s);
    }
}

static Value t_start_new_thread(GiltThread *ts, Value *args, int nargs,
                                GiltTuple *kw) {
    if (!gilt_callable(ts, args[0]))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "first arg must be callable");
    if (!GILT_IS_SUB(ts, args[1], GILT_TF_TUPLE_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "2nd arg must be a tuple");
    Value kwargs = nargs > 2 ? args[2] : VAL_NONE;
    if (kwargs != VAL_NONE && !GILT_IS_SUB(ts, kwargs, GILT_TF_DICT_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "optional 3rd arg must be a dictionary");
    Value payload = gilt_tuple_pack(ts, 3, args[0], args[1], kwargs);
    if (!payload)
        return VAL_NULL;
    uint64_t ident;
    if (gilt_thread_start(ts, thread_main, payload, ts->vm->thread_stack_size, &ident) < 0)
        return VAL_NULL;
    return gilt_int_from_u64(ts, ident);
}

static Value t_allocate_lock(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return gilt_lock_new(ts);
}

static Value t_get_ident(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return gilt_int_from_u64(ts, ts->ident);
}

static Value t_get_native_id(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return gilt_int_from_u64(ts, ts->native_id);
}

static Value t_count(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltGil *g = &ts->vm->gil;
    pthread_mutex_lock(&g->mu);
    int n = g->nthreads - 1;
    pthread_mutex_unlock(&g->mu);
    return INT_VAL(n);
}

static Value t_exit(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return gilt_raise_value(ts, GILT_EXC_SYSTEM_EXIT, VAL_NULL);
}

// interrupt_main(signum=SIGINT): as if Ctrl-C was pressed.
static Value t_interrupt_main(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    int64_t sig = SIGINT;
    if (nargs && gilt_index(ts, args[0], &sig) < 0)
        return VAL_NULL;
    if (sig < 1 || sig >= NSIG)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR, "signal number out of range");
    if (sig != SIGINT)
        return gilt_raise(ts, GILT_EXC_NOT_IMPLEMENTED_ERROR,
                          "gilt simulates only SIGINT in interrupt_main()");
    atomic_fetch_or(&ts->vm->eval_breaker, GILT_EB_SIGNAL);
    return VAL_NONE;
}

static Value t_stack_size(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    size_t old = ts->vm->thread_stack_size;
    if (nargs) {
        int64_t n;
        if (gilt_index(ts, args[0], &n) < 0)
            return VAL_NULL;
        if (n != 0 && n < 32768)
            return gilt_raise(ts, GILT_EXC_VALUE_ERROR, "size not valid: %lld bytes",
                              (long long)n);
        if (n < 0)
            return gilt_raise(ts, GILT_EXC_VALUE_ERROR, "size must be 0 or a positive value");
        ts->vm->thread_stack_size = (size_t)n;
    }
    return gilt_int_from_u64(ts, old);
}

// A lock that is released when the calling thread's state is gone; the
// thread acquires it (as CPython's threading does) and join() waits on it.
static Value t_set_sentinel(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltDict *d = thread_dict(ts);
    Value lock = d ? gilt_lock_new(ts) : VAL_NULL;
    if (!lock)
        return VAL_NULL;
    gilt_gc_push_root(ts, lock);
    GiltStr *k = sentinel_key(ts);
    if (!k)
        return VAL_NULL;
    Value old = gilt_dict_get_str(ts, d, k);
    if (old)
        gilt_lock_release_quiet(old);
    if (gilt_dict_set(ts, d, OBJ_VAL(k), lock) < 0)
        return VAL_NULL;
    return lock;
}

// gilt's own: _set_name(name, ident=None) names a thread (the calling
// one by default) in GIL statistics and traces.
static Value t_set_name(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    if (!GILT_IS_SUB(ts, args[0], GILT_TF_STR_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "name must be a str, not %T", args[0]);
    GiltThread *target = ts;
    if (nargs > 1 && args[1] != VAL_NONE) {
        int64_t ident;
        if (gilt_index(ts, args[1], &ident) < 0)
            return VAL_NULL;
        target = NULL;
        for (GiltThread *t = ts->vm->threads; t; t = t->next)
            if (t->ident == (uint64_t)ident)
                target = t;
        if (!target)
            return VAL_NONE; // ended meanwhile
    }
    gilt_gil_stats_set_name(target, AS_STR(args[0])->data);
    return VAL_NONE;
}

static Value t_daemon_threads_allowed(GiltThread *ts, Value *args, int nargs,
                                      GiltTuple *kw) {
    return VAL_TRUE;
}

static const GiltMethodDef thread_functions[] = {
    {"start_new_thread", t_start_new_thread, 2, 3, 0},
    {"start_new", t_start_new_thread, 2, 3, 0},
    {"allocate_lock", t_allocate_lock, 0, 0, 0},
    {"allocate", t_allocate_lock, 0, 0, 0},
    {"get_ident", t_get_ident, 0, 0, 0},
    {"get_native_id", t_get_native_id, 0, 0, 0},
    {"_count", t_count, 0, 0, 0},
    {"exit", t_exit, 0, 0, 0},
    {"exit_thread", t_exit, 0, 0, 0},
    {"interrupt_main", t_interrupt_main, 0, 1, 0},
    {"stack_size", t_stack_size, 0, 1, 0},
    {"_set_sentinel", t_set_sentinel, 0, 0, 0},
    {"_set_name", t_set_name, 1, 2, 0},
    {"daemon_threads_allowed", t_daemon_threads_allowed, 0, 0, 0},
    {NULL}};

static int thread_init(GiltThread *ts, Value m) {
    if (gilt_thread_lock_init(ts, m) < 0 || gilt_thread_local_init(ts, m) < 0)
        return -1;
    Value tmax = FLOAT_VAL(9223372036.0);
    Value err = OBJ_VAL(ts->vm->exc_types[GILT_EXC_RUNTIME_ERROR]);
    return gilt_module_add(ts, m, "TIMEOUT_MAX", tmax) < 0 ||
                   gilt_module_add(ts, m, "error", err) < 0
               ? -1
               : 0;
}

const GiltModuleDef gilt_module__thread = {
    .name = "_thread",
    .doc = "Threads, locks and thread idents: the layer under threading.",
    .functions = thread_functions,
    .init = thread_init,
};
