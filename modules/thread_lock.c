/* thread_lock.c - _thread.lock and _thread.RLock.
 *
 * A lock is a POSIX semaphore with a `locked` flag kept under the GIL (as
 * CPython's is). Acquiring tries the semaphore first, without giving the
 * GIL up: an uncontended acquire/release pair is two atomic operations.
 * Only a lock that is taken makes the caller release the GIL and wait
 * (gilt_sem_wait), where Ctrl-C interrupts the main thread.
 *
 * An RLock adds an owner (thread ident) and a recursion count, both only
 * touched under the GIL; its semaphore is held while count > 0.
 */
#include <math.h>
#include <string.h>

#include "../runtime/float.h"
#include "../runtime/int.h"
#include "../runtime/str.h"
#include "../runtime/tuple.h"
#include "../runtime/type.h"
#include "../vm/gc.h"
#include "../vm/threads.h"
#include "thread.h"

// The largest timeout in seconds that fits CPython's int64 nanoseconds.
#define TIMEOUT_NS_MAX 9223372036.854775807

typedef struct Lock {
    GiltObject obj;
    sem_t sem;
    bool locked;
} Lock;

typedef struct RLock {
    GiltObject obj;
    sem_t sem;
    uint64_t owner; // ident, valid while count > 0
    uint64_t count;
} RLock;

#define AS_LOCK(v) ((Lock *)AS_OBJ(v))
#define AS_RLOCK(v) ((RLock *)AS_OBJ(v))

static GiltType *lock_type(GiltThread *ts) {
    return ts->vm->types[GILT_T_THREAD_LOCK];
}

static Value alloc_sem_obj(GiltThread *ts, GiltType *cls, size_t size) {
    Lock *l = gilt_alloc_instance(ts, cls, size);
    if (!l)
        return VAL_NULL;
    // sem_init cannot fail for a process-private semaphore of value 1.
    sem_init(&l->sem, 0, 1);
    return OBJ_VAL(l);
}

Value gilt_lock_new(GiltThread *ts) {
    return alloc_sem_obj(ts, lock_type(ts), sizeof(Lock));
}

void gilt_lock_release_quiet(Value lock) {
    Lock *l = AS_LOCK(lock);
    if (l->locked) {
        l->locked = false;
        sem_post(&l->sem);
    }
}

static void sem_obj_free(GiltVM *vm, GiltObject *o) {
    sem_destroy(&((Lock *)o)->sem);
}

// acquire(blocking=True, timeout=-1): the wait in seconds, -1 forever,
// 0 for a non-blocking try.
static int parse_acquire(GiltThread *ts, Value *args, int nargs, GiltTuple *kw,
                         double *timeout) {
    static const char *const names[] = {"blocking", "timeout", NULL};
    Value a[2] = {VAL_NULL, VAL_NULL};
    if (gilt_parse_args(ts, "acquire", args + 1, nargs - 1, kw, names, 0, a) < 0)
        return -1;
    int64_t blocking = 1;
    if (a[0] && gilt_index(ts, a[0], &blocking) < 0)
        return -1;
    double t = -1;
    if (a[1]) {
        if (!IS_FLOAT(a[1]) && !gilt_is_int(ts, a[1]) && !IS_INT(a[1])) {
            gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                       "'%T' object cannot be interpreted as an integer", a[1]);
            return -1;
        }
        if (gilt_to_double(ts, a[1], &t) < 0)
            return -1;
        if (isnan(t)) {
            gilt_raise(ts, GILT_EXC_VALUE_ERROR, "Invalid value NaN (not a number)");
            return -1;
        }
        // CPython converts to nanoseconds first; that fails before its
        // own "timeout value is too large" check can.
        if (fabs(t) > TIMEOUT_NS_MAX) {
            gilt_raise(ts, GILT_EXC_OVERFLOW_ERROR,
                       "timestamp out of range for platform time_t");
            return -1;
        }
    }
    if (!blocking && t != -1) {
        gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                   "can't specify a timeout for a non-blocking call");
        return -1;
    }
    if (t < 0 && t != -1) {
        gilt_raise(ts, GILT_EXC_VALUE_ERROR, "timeout value must be positive");
        return -1;
    }
    *timeout = blocking ? t : 0;
    return 0;
}

// ---- lock ------------------------------------------------------------------------

static Value lock_new(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return alloc_sem_obj(ts, AS_TYPE(args[0]), sizeof(Lock));
}

static Value lock_acquire(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    double timeout;
    if (parse_acquire(ts, args, nargs, kw, &timeout) < 0)
        return VAL_NULL;
    Lock *l = AS_LOCK(args[0]);
    int r = gilt_sem_wait(ts, &l->sem, timeout);
    if (r < 0)
        return VAL_NULL;
    if (r)
        l->locked = true;
    return r ? VAL_TRUE : VAL_FALSE;
}

static Value lock_release(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    Lock *l = AS_LOCK(args[0]);
    if (!l->locked)
        return gilt_raise(ts, GILT_EXC_RUNTIME_ERROR, "release unlocked lock");
    l->locked = false;
    sem_post(&l->sem);
    return VAL_NONE;
}

static Value lock_exit(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return lock_release(ts, args, 1, NULL);
}

static Value lock_locked(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return AS_LOCK(args[0])->locked ? VAL_TRUE : VAL_FALSE;
}

static Value lock_at_fork_reinit(GiltThread *ts, Value *args, int nargs,
                                 GiltTuple *kw) {
    Lock *l = AS_LOCK(args[0]);
    sem_destroy(&l->sem);
    sem_init(&l->sem, 0, 1);
    l->locked = false;
    return VAL_NONE;
}

// CPython's tp_name: "_thread.lock" for the builtin type, the bare name
// for a subclass.
static const char *tp_prefix(GiltThread *ts, Value v) {
    return gilt_typeof(ts, v)->flags & GILT_TF_HEAPTYPE ? "" : "_thread.";
}

static Value lock_repr(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return gilt_str_printf(ts, "<%s %s%s object at %p>",
                           AS_LOCK(args[0])->locked ? "locked" : "unlocked",
                           tp_prefix(ts, args[0]), gilt_type_name(ts, args[0]),
                           AS_OBJ(args[0]));
}

static const GiltMethodDef lock_methods[] = {
    {"__new__", lock_new, 0, 0, GILT_M_STATIC},
    {"acquire", lock_acquire, 0, -1, GILT_M_KW},
    {"acquire_lock", lock_acquire, 0, -1, GILT_M_KW},
    {"__enter__", lock_acquire, 0, -1, GILT_M_KW},
    {"release", lock_release, 0, 0, 0},
    {"release_lock", lock_release, 0, 0, 0},
    {"__exit__", lock_exit, 0, -1, 0},
    {"locked", lock_locked, 0, 0, 0},
    {"locked_lock", lock_locked, 0, 0, 0},
    {"_at_fork_reinit", lock_at_fork_reinit, 0, 0, 0},
    {"__repr__", lock_repr, 0, 0, 0},
    {NULL}};

// ---- RLock -------------------------------------------------------------------------

static Value rlock_new(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return alloc_sem_obj(ts, AS_TYPE(args[0]), sizeof(RLock));
}

static bool rlock_owned(GiltThread *ts, RLock *r) {
    return r->count && r->owner == ts->ident;
}

static Value rlock_acquire(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    double timeout;
    if (parse_acquire(ts, args, nargs, kw, &timeout) < 0)
        return VAL_NULL;
    RLock *r = AS_RLOCK(args[0]);
    if (rlock_owned(ts, r)) {
        if (r->count == UINT64_MAX)
            return gilt_raise(ts, GILT_EXC_OVERFLOW_ERROR,
                              "Internal lock count overflowed");
        r->count++;
        return VAL_TRUE;
    }
    int got = gilt_sem_wait(ts, &r->sem, timeout);
    if (got < 0)
        return VAL_NULL;
    if (!got)
        return VAL_FALSE;
    r->owner = ts->ident;
    r->count = 1;
    return VAL_TRUE;
}

static Value rlock_release(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    RLock *r = AS_RLOCK(args[0]);
    if (!rlock_owned(ts, r))
        return gilt_raise(ts, GILT_EXC_RUNTIME_ERROR, "cannot release un-acquired lock");
    if (--r->count == 0) {
        r->owner = 0;
        sem_post(&r->sem);
    }
    return VAL_NONE;
}

static Value rlock_exit(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return rlock_release(ts, args, 1, NULL);
}

// Condition.wait() on an RLock: drop every level, remember them.
static Value rlock_release_save(GiltThread *ts, Value *args, int nargs,
                                GiltTuple *kw) {
    RLock *r = AS_RLOCK(args[0]);
    if (r->count == 0)
        return gilt_raise(ts, GILT_EXC_RUNTIME_ERROR, "cannot release un-acquired lock");
    Value count = gilt_int_from_u64(ts, r->count);
    Value owner = count ? gilt_int_from_u64(ts, r->owner) : VAL_NULL;
    if (!owner)
        return VAL_NULL;
    Value t = gilt_tuple_pack(ts, 2, count, owner);
    if (!t)
        return VAL_NULL;
    r->count = 0;
    r->owner = 0;
    sem_post(&r->sem);
    return t;
}

static Value rlock_acquire_restore(GiltThread *ts, Value *args, int nargs,
                                   GiltTuple *kw) {
    RLock *r = AS_RLOCK(args[0]);
    Value st = args[1];
    if (!GILT_IS_SUB(ts, st, GILT_TF_TUPLE_SUB) || AS_TUPLE(st)->len != 2)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "_acquire_restore() argument 1 must be tuple");
    int64_t count, owner;
    if (gilt_index(ts, AS_TUPLE(st)->items[0], &count) < 0 ||
        gilt_index(ts, AS_TUPLE(st)->items[1], &owner) < 0)
        return VAL_NULL;
    int got = gilt_sem_wait(ts, &r->sem, -1);
    if (got <= 0)
        return VAL_NULL;
    r->owner = (uint64_t)owner;
    r->count = (uint64_t)count;
    return VAL_NONE;
}

static Value rlock_is_owned(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return rlock_owned(ts, AS_RLOCK(args[0])) ? VAL_TRUE : VAL_FALSE;
}

static Value rlock_recursion_count(GiltThread *ts, Value *args, int nargs,
                                   GiltTuple *kw) {
    RLock *r = AS_RLOCK(args[0]);
    return gilt_int_from_u64(ts, rlock_owned(ts, r) ? r->count : 0);
}

static Value rlock_at_fork_reinit(GiltThread *ts, Value *args, int nargs,
                                  GiltTuple *kw) {
    RLock *r = AS_RLOCK(args[0]);
    sem_destroy(&r->sem);
    sem_init(&r->sem, 0, 1);
    r->owner = r->count = 0;
    return VAL_NONE;
}

static Value rlock_repr(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    RLock *r = AS_RLOCK(args[0]);
    return gilt_str_printf(ts, "<%s %s%s object owner=%llu count=%llu at %p>",
                           r->count ? "locked" : "unlocked", tp_prefix(ts, args[0]),
                           gilt_type_name(ts, args[0]),
                           (unsigned long long)(r->count ? r->owner : 0),
                           (unsigned long long)r->count, AS_OBJ(args[0]));
}

static const GiltMethodDef rlock_methods[] = {
    {"__new__", rlock_new, 0, -1, GILT_M_STATIC | GILT_M_KW},
    {"acquire", rlock_acquire, 0, -1, GILT_M_KW},
    {"__enter__", rlock_acquire, 0, -1, GILT_M_KW},
    {"release", rlock_release, 0, 0, 0},
    {"__exit__", rlock_exit, 0, -1, 0},
    {"_release_save", rlock_release_save, 0, 0, 0},
    {"_acquire_restore", rlock_acquire_restore, 1, 1, 0},
    {"_is_owned", rlock_is_owned, 0, 0, 0},
    {"_recursion_count", rlock_recursion_count, 0, 0, 0},
    {"_at_fork_reinit", rlock_at_fork_reinit, 0, 0, 0},
    {"__repr__", rlock_repr, 0, 0, 0},
    {NULL}};

int gilt_thread_lock_init(GiltThread *ts, Value m) {
    static const GiltTypeSpec lock_spec = {
        .name = "lock",
        .module = "_thread",
        .basicsize = sizeof(Lock),
        .methods = lock_methods,
        .free = sem_obj_free,
    };
    static const GiltTypeSpec rlock_spec = {
        .name = "RLock",
        .module = "_thread",
        .basicsize = sizeof(RLock),
        .flags = GILT_TF_BASETYPE,
        .methods = rlock_methods,
        .free = sem_obj_free,
    };
    GiltType *lt = gilt_type_from_spec(ts, &lock_spec, GILT_T_THREAD_LOCK);
    if (!lt || gilt_module_add(ts, m, "LockType", OBJ_VAL(lt)) < 0)
        return -1;
    GiltType *rt = gilt_type_from_spec(ts, &rlock_spec, GILT_T__COUNT);
    return rt && gilt_module_add(ts, m, "RLock", OBJ_VAL(rt)) == 0 ? 0 : -1;
}
