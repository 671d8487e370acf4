/* state.h - The VM (one interpreter: heap, types, modules, GIL) and the
 * per-thread state (exception in flight, frames, temporary roots).
 *
 * There is no global state: everything hangs off a GiltVM, and code finds
 * its VM through the GiltThread it is given. A GiltThread belongs to one
 * OS thread and one VM; only the thread holding the VM's GIL touches the
 * VM's objects.
 *
 * The eval breaker is one atomic word per VM. Anything that needs the
 * running thread's attention (GIL drop request, pending signal, a wanted
 * collection, a host interrupt) sets a bit in it; the eval loop looks at it
 * every check interval ticks and otherwise pays nothing.
 */
#ifndef GILT_STATE_H
#define GILT_STATE_H

#include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
#include <stdio.h>

#include "../runtime/exc.h"
#include "../runtime/names.h"
#include "../runtime/object.h"
#include "gil.h"
#include "gilt.h"

typedef struct GiltFrame GiltFrame;
typedef struct GiltStackChunk GiltStackChunk;

// Eval-breaker bits.
enum {
    GILT_EB_GIL_DROP = 1 << 0, // another thread wants the GIL
    GILT_EB_SIGNAL = 1 << 1,   // a signal handler ran (Ctrl-C)
    GILT_EB_GC = 1 << 2,       // the heap grew past the threshold
    GILT_EB_INTERRUPT = 1 << 3, // host interrupt / budget
    GILT_EB_ASYNC_EXC = 1 << 4, // an exception was posted to a thread
    GILT_EB_FINALIZE = 1 << 5,  // finalizers wait to run (gc_finalize.c)
};

typedef struct GiltNames {
#define X(field, text) GiltStr *field;
    GILT_NAMES(X)
#undef X
} GiltNames;

// One entry of the method cache (see gilt_type_lookup).
typedef struct GiltMethodCacheEntry {
    uint32_t version;
    GiltStr *name;
    Value value;
} GiltMethodCacheEntry;

#define GILT_METHOD_CACHE_SIZE 4096

// A chunk of a thread's frame stack: frames and their values are carved
// from it in LIFO order (frame.c).
struct GiltStackChunk {
    GiltStackChunk *prev;
    Value *top;   // first free slot
    Value *limit; // one past the end
    Value data[];
};

struct GiltThread {
    GiltVM *vm;
    Value exc;       // exception in flight, or VAL_NULL
    Value exc_info;  // exception being handled (sys.exc_info), or VAL_NULL
    GiltFrame *frame; // innermost running frame
    GiltStackChunk *chunk;
    GiltStackChunk *spare_chunk; // last emptied chunk, kept for reuse
    int depth;   // Python frames on this thread
    int c_depth; // nested eval loops (C -> Python calls)
    // Temporary roots (gilt_gc_push_root); see gc.h.
    Value *roots;
    size_t nroots, roots_cap;
    // Threads of the VM, linked (threads_lock, and the GIL to change).
    GiltThread *next, *prev;
    pthread_t pthread;
    uint64_t ident;     // threading.get_ident()
    uint64_t native_id; // the kernel's thread id
    bool is_main;
    int ticks;          // eval-loop countdown to the next check
    int64_t run_ticks;  // ticks run since this thread took the GIL
    GiltGilWaiter gil;  // this thread's part of the GIL (gil.h)
    sem_t wake;         // gilt_sleep() waits here
    sem_t *_Atomic blocked_on; // what a gilt wait blocks on (threads.c)
    // A thread not yet started: what it runs (threads.c).
    void (*start_main)(GiltThread *ts, Value payload);
    Value start_payload;
    Value async_exc; // posted by another thread, raised at the next check
    Value dict;      // per-thread dict (threading.local storage), or NULL
    // Objects whose repr is in progress (gilt_repr_enter), rooted elsewhere.
    Value *repr_stack;
    size_t nrepr, repr_cap;
};

// Host-held values (gilt.h handles) live in this doubly linked list.
typedef struct GiltHandleNode GiltHandleNode;
struct GiltHandleNode {
    GiltHandleNode *prev, *next;
    Value value;
};

struct GiltVM {
    GiltConfig config;
    GiltType *types[GILT_T__COUNT];
    GiltType *exc_types[GILT_EXC__COUNT];
    GiltNames names;
    Value memory_error; // preallocated MemoryError instance

    // Heap (gc.c).
    GiltObject *heap;      // every object, linked by gcword
    size_t heap_bytes;     // bytes allocated (objects + owned buffers)
    size_t heap_threshold; // collect when heap_bytes passes this
    size_t heap_limit;     // 0 = none; else MemoryError past it
    bool gc_enabled;
    bool gc_running;
    uint64_t gc_collections;
    Value *gray;          // mark stack
    size_t ngray, gray_cap;
    bool gray_overflow;   // the mark stack could not grow; rescan
    Value *final_q;       // objects whose finalizer is due (a root)
    size_t nfinal, final_cap;
    bool running_finalizers;
    // Small-object allocator (gc.c): a free list per 16-byte size class,
    // carved from pages that live as long as the VM.
    GiltObject *free_lists[GILT_SMALL_CLASSES + 1];
    void *pages;          // linked list of pages
    char *page_cur, *page_end;
    GiltHandleNode handles; // sentinel of the host-handle list

    // Interned strings (str.c): open-addressed set, weak.
    GiltStr **interned;
    size_t ninterned, interned_cap;
    GiltStr *char_cache[256]; // one-character strs for code points < 256
    Value empty_tuple;
    Value empty_str;
    Value empty_bytes;

    GiltMethodCacheEntry method_cache[GILT_METHOD_CACHE_SIZE];
    uint64_t next_dict_layout; // dict.h: layout versions
    uint32_t next_type_version;
    GiltType **heap_types; // weak list of classes, pruned by the GC
    size_t nheap_types, heap_types_cap;

    // Modules.
    Value modules;  // sys.modules (dict)
    Value builtins; // the builtins module's dict
    Value sys;      // the sys module
    Value path;     // sys.path (list)
    Value main_module;

    // Threads, the GIL and the eval breaker.
    GiltGil gil;
    GiltThread *main_thread;
    GiltThread *threads; // all thread states, linked
    _Atomic uint32_t eval_breaker;
    int check_interval; // ticks a CPU-bound thread runs before a handover
    int poll_ticks;     // ticks between looks at the eval breaker
    int recursion_limit;
    size_t thread_stack_size; // _thread.stack_size(); 0: the system's
    pthread_mutex_t threads_lock; // guards the thread list only

    // Interpreter options.
    bool interactive; // REPL: echo expression statements
    int exit_code;    // set by SystemExit handling
    uint64_t rand_seed; // str hash key for this VM
    int int_max_str_digits; // sys.set_int_max_str_digits (0: no limit)
};

// Thread state of the calling OS thread for [vm], or NULL (api.c).
GiltThread *gilt_state_current(GiltVM *vm);

// Create a VM with its main thread state ([ts] out). NULL on failure.
GiltVM *gilt_state_new(const GiltConfig *config, GiltThread **ts);
void gilt_state_free(GiltVM *vm);
// New thread state for the calling OS thread, linked into the VM.
GiltThread *gilt_thread_new(GiltVM *vm);
// Unlink [ts] from its VM and free it.
void gilt_thread_free(GiltThread *ts);
// Free an unlinked thread state.
void gilt_thread_destroy(GiltThread *ts);

// The type of any value; never fails.
GILT_INLINE GiltType *gilt_typeof(GiltThread *ts, Value v) {
    if (GILT_LIKELY(IS_OBJ(v)))
        return AS_OBJ(v)->type;
    GiltType **t = ts->vm->types;
    if (IS_INT(v))
        return t[GILT_T_INT];
    if (IS_CONST(v)) {
        switch (v) {
        case VAL_TRUE:
        case VAL_FALSE:
            return t[GILT_T_BOOL];
        case VAL_NONE:
            return t[GILT_T_NONE];
        case VAL_NOTIMPL:
            return t[GILT_T_NOTIMPL];
        default:
            return t[GILT_T_ELLIPSIS];
        }
    }
    return t[GILT_T_FLOAT];
}

// The builtin type with id [id].
#define GILT_TYPE(ts, id) ((ts)->vm->types[GILT_T_##id])
// Exact-type test for heap objects of a builtin type.
#define GILT_IS(ts, v, id)                                                     \
    (IS_OBJ(v) && AS_OBJ(v)->type == (ts)->vm->types[GILT_T_##id])
// Instance of a builtin type or of a subclass, by the fast flag.
#define GILT_IS_SUB(ts, v, flag)                                               \
    (IS_OBJ(v) && (AS_OBJ(v)->type->flags & (flag)))
// An interned name: GILT_NAME(ts, __init__).
#define GILT_NAME(ts, field) ((ts)->vm->names.field)

GILT_NORETURN void gilt_fatal(const char *fmt, ...) GILT_PRINTF(1, 2);

#endif
