/* state.c - Creating and freeing VMs and thread states.
 *
 * Bootstrap order matters: every builtin type object is allocated empty
 * first, so that strs, dicts and tuples can be made (they only need their
 * type pointer), then the interned names, then each runtime file fills in
 * its types from their specs, and finally the builtins and sys modules.
 */
#include "state.h"

#include <stdarg.h>
#include <stdlib.h>
#include <time.h>

#include "../runtime/dict.h"
#include "../runtime/str.h"
#include "../runtime/tuple.h"
#include "frame.h"
#include "gc.h"
#include "init.h"
#include "threads.h"

void gilt_fatal(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fputs("gilt: fatal error: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    abort();
}

GiltThread *gilt_thread_new(GiltVM *vm) {
    GiltThread *ts = calloc(1, sizeof *ts);
    if (!ts)
        return NULL;
    if (gilt_gil_thread_init(ts) < 0) {
        free(ts);
        return NULL;
    }
    if (sem_init(&ts->wake, 0, 0)) {
        gilt_gil_thread_fini(ts);
        free(ts);
        return NULL;
    }
    ts->vm = vm;
    ts->pthread = pthread_self();
    ts->ident = (uint64_t)ts->pthread;
    ts->ticks = vm->poll_ticks;
    if (pthread_mutex_lock(&vm->threads_lock))
        gilt_fatal("threads_lock");
    ts->next = vm->threads;
    if (vm->threads)
        vm->threads->prev = ts;
    vm->threads = ts;
    pthread_mutex_unlock(&vm->threads_lock);
    return ts;
}

void gilt_thread_destroy(GiltThread *ts) {
    gilt_frame_free_chunks(ts);
    free(ts->roots);
    free(ts->repr_stack);
    sem_destroy(&ts->wake);
    gilt_gil_thread_fini(ts);
    free(ts);
}

void gilt_thread_free(GiltThread *ts) {
    GiltVM *vm = ts->vm;
    if (pthread_mutex_lock(&vm->threads_lock))
        gilt_fatal("threads_lock");
    if (ts->prev)
        ts->prev->next = ts->next;
    else
        vm->threads = ts->next;
    if (ts->next)
        ts->next->prev = ts->prev;
    pthread_mutex_unlock(&vm->threads_lock);
    gilt_thread_destroy(ts);
}

GiltThread *gilt_state_current(GiltVM *vm) {
    pthread_t self = pthread_self();
    GiltThread *found = NULL;
    if (pthread_mutex_lock(&vm->threads_lock))
        gilt_fatal("threads_lock");
    for (GiltThread *t = vm->threads; t && !found; t = t->next)
        if (pthread_equal(t->pthread, self))
            found = t;
    pthread_mutex_unlock(&vm->threads_lock);
    return found;
}

// Empty type objects for every builtin id, so objects can be created
// before their types are filled in.
static int preallocate_types(GiltThread *ts) {
    GiltVM *vm = ts->vm;
    for (int i = 0; i < GILT_T__COUNT; i++) {
        vm->types[i] = gilt_gc_alloc(ts, NULL, sizeof(GiltType));
        if (!vm->types[i])
            return -1;
        vm->types[i]->id = (uint16_t)i;
    }
    for (int i = 0; i < GILT_T__COUNT; i++)
        vm->types[i]->obj.type = vm->types[GILT_T_TYPE];
    return 0;
}

static int intern_names(GiltThread *ts) {
    GiltNames *n = &ts->vm->names;
#define X(field, text)                                                         \
    if (!(n->field = gilt_str_intern_cstr(ts, text)))                          \
        return -1;
    GILT_NAMES(X)
#undef X
    return 0;
}

static int make_singletons(GiltThread *ts) {
    GiltVM *vm = ts->vm;
    GiltTuple *t = gilt_gc_alloc(ts, vm->types[GILT_T_TUPLE], sizeof(GiltTuple));
    if (!t)
        return -1;
    vm->empty_tuple = OBJ_VAL(t);
    vm->empty_str = OBJ_VAL(GILT_NAME(ts, empty));
    for (uint32_t c = 0; c < 256; c++) {
        char buf[4];
        int n = gilt_utf8_encode(c, buf);
        GiltStr *s = gilt_str_intern_n(ts, buf, (size_t)n);
        if (!s)
            return -1;
        vm->char_cache[c] = s;
    }
    return 0;
}

// The runtime's type initialisers, in dependency order (init.h).
static int (*const type_inits[])(GiltThread *) = {
    gilt_type_init_types,  gilt_object_init_types, gilt_str_init_types,
    gilt_dict_init_types,  gilt_tuple_init_types,  gilt_list_init_types,
    gilt_int_init_types,   gilt_float_init_types,  gilt_func_init_types,
    gilt_module_init_types, gilt_exc_init_types,   gilt_runtime_init_rest,
};

GiltVM *gilt_state_new(const GiltConfig *config, GiltThread **out) {
    GiltVM *vm = calloc(1, sizeof *vm);
    if (!vm)
        return NULL;
    if (config)
        vm->config = *config;
    else
        gilt_config_init(&vm->config);
    vm->heap_limit = vm->config.memory_limit;
    vm->heap_threshold = GILT_GC_INITIAL;
    vm->recursion_limit = GILT_RECURSION_LIMIT;
    gilt_gil_init(vm);
    if (gilt_gil_configure(vm, &vm->config) < 0) {
        gilt_gil_fini(vm);
        free(vm);
        return NULL;
    }
    vm->next_type_version = 1;
    vm->handles.next = vm->handles.prev = &vm->handles;
    pthread_mutex_init(&vm->threads_lock, NULL);
    GiltThread *ts = gilt_thread_new(vm);
    if (!ts)
        goto fail;
    ts->is_main = true;
    ts->native_id = gilt_native_thread_id();
    vm->main_thread = ts;
    // The creating thread holds the GIL from the start.
    vm->gil.nthreads = 1;
    vm->gil.holder = vm->gil.last_holder = ts;
    ts->gil.stats = gilt_gil_stats_new(vm, ts->ident, "MainThread");
    if (!ts->gil.stats)
        goto fail;
    gilt_gil_state(ts, GILT_TS_RUNNING, gilt_gil_now());
    ts->gil.stats->acquisitions = 1;
    if (preallocate_types(ts) < 0 || intern_names(ts) < 0 ||
        make_singletons(ts) < 0)
        goto fail;
    for (size_t i = 0; i < sizeof type_inits / sizeof type_inits[0]; i++)
        if (type_inits[i](ts) < 0)
            goto fail;
    if (gilt_builtins_init(ts) < 0 || gilt_sys_init(ts) < 0)
        goto fail;
    vm->gc_enabled = true;
    *out = ts;
    return vm;
fail:
    gilt_state_free(vm);
    return NULL;
}

void gilt_state_free(GiltVM *vm) {
    if (!vm)
        return;
    while (vm->threads)
        gilt_thread_free(vm->threads);
    gilt_gc_free_all(vm);
    free(vm->interned);
    free(vm->heap_types);
    gilt_gil_fini(vm);
    pthread_mutex_destroy(&vm->threads_lock);
    free(vm);
}
