/* threads.c - VM threads: start, end, blocking waits, shutdown.
 *
 * A new thread gets its thread state from its parent, under the GIL, so
 * the collector sees its payload from the start. The OS thread is
 * detached; it takes the GIL, runs its main, unlinks its state and gives
 * the GIL up for good.
 *
 * Signals: VM threads block SIGINT, so Ctrl-C reaches the main thread,
 * whose gilt waits (gilt_sem_wait, gilt_sleep) then return EINTR and run
 * the handler. A signal that lands just before such a wait begins is
 * caught by the main thread waiting in slices of at most WAIT_SLICE.
 *
 * Waits register the semaphore they block on (blocked_on), so that
 * shutdown can post it and every thread reaches gilt_gil_acquire, where
 * it ends.
 */
#define _GNU_SOURCE
#include "threads.h"

#include <errno.h>
#include <math.h>
#include <signal.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "frame.h"
#include "gc.h"
#include "interp.h"

#define WAIT_SLICE_NS 50000000 // 50 ms

uint64_t gilt_native_thread_id(void) {
    return (uint64_t)gettid();
}

static void unlink_thread(GiltThread *ts) {
    GiltVM *vm = ts->vm;
    if (pthread_mutex_lock(&vm->threads_lock))
        gilt_fatal("threads_lock");
    if (ts->prev)
        ts->prev->next = ts->next;
    else
        vm->threads = ts->next;
    if (ts->next)
        ts->next->prev = ts->prev;
    ts->next = ts->prev = NULL;
    pthread_mutex_unlock(&vm->threads_lock);
}

// One fewer live thread (GIL mutex held).
static void count_gone(GiltThread *ts) {
    GiltGil *g = &ts->vm->gil;
    g->nthreads--;
    if (ts->gil.stats)
        ts->gil.stats->alive = false;
    pthread_cond_broadcast(&g->threads_changed);
}

static void *bootstrap(void *arg) {
    GiltThread *ts = arg;
    ts->native_id = gilt_native_thread_id();
    gilt_gil_acquire(ts, GILT_GIL_START);
    Value payload = ts->start_payload;
    gilt_gc_push_root(ts, payload);
    ts->start_payload = VAL_NULL;
    ts->start_main(ts, payload);
    gilt_exc_clear(ts);
    ts->nroots = 0;
    unlink_thread(ts);
    GiltGil *g = &ts->vm->gil;
    if (pthread_mutex_lock(&g->mu))
        gilt_fatal("GIL mutex");
    count_gone(ts);
    pthread_mutex_unlock(&g->mu);
    gilt_gil_release(ts, GILT_GIL_EXIT);
    gilt_thread_destroy(ts);
    return NULL;
}

int gilt_thread_start(GiltThread *ts, GiltThreadMain main, Value payload,
                      size_t stack_size, uint64_t *ident) {
    GiltVM *vm = ts->vm;
    GiltThread *nt = gilt_thread_new(vm);
    if (!nt) {
        gilt_raise(ts, GILT_EXC_MEMORY_ERROR, "can't allocate a thread state");
        return -1;
    }
    nt->start_main = main;
    nt->start_payload = payload;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    if (stack_size)
        pthread_attr_setstacksize(&attr, stack_size);
    // The new thread inherits this mask: Ctrl-C stays with the main thread.
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    pthread_sigmask(SIG_BLOCK, &block, &old);
    if (pthread_mutex_lock(&vm->threads_lock))
        gilt_fatal("threads_lock");
    pthread_t tid;
    int r = pthread_create(&tid, &attr, bootstrap, nt);
    if (!r) {
        nt->pthread = tid;
        nt->ident = (uint64_t)tid;
    }
    pthread_mutex_unlock(&vm->threads_lock);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    pthread_attr_destroy(&attr);
    if (r) {
        unlink_thread(nt);
        gilt_thread_destroy(nt);
        gilt_raise(ts, GILT_EXC_RUNTIME_ERROR, "can't start new thread");
        return -1;
    }
    GiltGil *g = &vm->gil;
    if (pthread_mutex_lock(&g->mu))
        gilt_fatal("GIL mutex");
    g->nthreads++;
    nt->gil.stats = gilt_gil_stats_new(vm, nt->ident, NULL);
    pthread_mutex_unlock(&g->mu);
    *ident = nt->ident;
    return 0;
}

void gilt_thread_gone(GiltThread *ts) {
    GiltGil *g = &ts->vm->gil;
    gilt_gil_state(ts, GILT_TS_GONE, gilt_gil_now());
    count_gone(ts);
    unlink_thread(ts);
    pthread_mutex_unlock(&g->mu);
    gilt_thread_destroy(ts);
    pthread_exit(NULL);
}

bool gilt_threads_finalize(GiltThread *ts, double grace) {
    GiltVM *vm = ts->vm;
    GiltGil *g = &vm->gil;
    if (pthread_mutex_lock(&g->mu))
        gilt_fatal("GIL mutex");
    g->finalizing = true;
    g->finalizer = ts;
    for (GiltThread *t = vm->threads; t; t = t->next) {
        if (t == ts)
            continue;
        pthread_cond_signal(&t->gil.cond);
        sem_t *s = atomic_load(&t->blocked_on);
        if (s)
            sem_post(s);
    }
    struct timespec dl;
    clock_gettime(CLOCK_REALTIME, &dl);
    double whole = floor(grace);
    dl.tv_sec += (time_t)whole;
    dl.tv_nsec += (long)((grace - whole) * 1e9);
    if (dl.tv_nsec >= 1000000000) {
        dl.tv_sec++;
        dl.tv_nsec -= 1000000000;
    }
    while (g->nthreads > 1)
        if (pthread_cond_timedwait(&g->threads_changed, &g->mu, &dl) == ETIMEDOUT)
            break;
    bool all = g->nthreads <= 1;
    pthread_mutex_unlock(&g->mu);
    return all;
}

// ---- waits ---------------------------------------------------------------------

static int64_t deadline_after(double secs) {
    if (secs < 0)
        return INT64_MAX;
    double ns = secs * 1e9;
    int64_t now = gilt_gil_now();
    return ns >= (double)(INT64_MAX - now) ? INT64_MAX : now + (int64_t)ns;
}

static struct timespec to_timespec(int64_t ns) {
    struct timespec t = {(time_t)(ns / 1000000000), (long)(ns % 1000000000)};
    return t;
}

static bool signal_pending(GiltThread *ts) {
    return ts->is_main &&
           (atomic_load(&ts->vm->eval_breaker) & GILT_EB_SIGNAL);
}

typedef enum { W_ACQUIRED, W_TIMEOUT, W_SIGNAL } WaitResult;

// Block on [sem] until [deadline] with the GIL released.
static WaitResult wait_released(GiltThread *ts, sem_t *sem, int64_t deadline) {
    atomic_store(&ts->blocked_on, sem);
    GILT_GIL_RELEASE(ts);
    WaitResult res = W_TIMEOUT;
    for (;;) {
        if (signal_pending(ts)) {
            res = W_SIGNAL;
            break;
        }
        int64_t until = deadline;
        if (ts->is_main) {
            int64_t slice = gilt_gil_now() + WAIT_SLICE_NS;
            if (slice < until)
                until = slice;
        }
        int r;
        if (until == INT64_MAX) {
            r = sem_wait(sem);
        } else {
            struct timespec t = to_timespec(until);
            r = sem_clockwait(sem, CLOCK_MONOTONIC, &t);
        }
        if (r == 0) {
            res = W_ACQUIRED;
            break;
        }
        if (errno == EINTR)
            continue; // signal_pending() decides
        if (errno != ETIMEDOUT)
            gilt_fatal("semaphore wait: errno %d", errno);
        if (gilt_gil_now() >= deadline)
            break;
    }
    atomic_store(&ts->blocked_on, NULL);
    GILT_GIL_ACQUIRE(ts);
    return res;
}

int gilt_sem_wait(GiltThread *ts, sem_t *sem, double timeout) {
    if (sem_trywait(sem) == 0)
        return 1;
    if (timeout == 0)
        return 0;
    int64_t deadline = deadline_after(timeout);
    for (;;) {
        WaitResult r = wait_released(ts, sem, deadline);
        if (r == W_ACQUIRED)
            return 1;
        if (r == W_TIMEOUT)
            return 0;
        // Run the handler: KeyboardInterrupt ends the wait.
        if (gilt_eval_check(ts) < 0)
            return -1;
    }
}

int gilt_sleep(GiltThread *ts, double secs) {
    if (secs <= 0) {
        GILT_GIL_RELEASE(ts);
        GILT_GIL_ACQUIRE(ts);
        return 0;
    }
    int64_t deadline = deadline_after(secs);
    for (;;) {
        WaitResult r = wait_released(ts, &ts->wake, deadline);
        if (r == W_SIGNAL && gilt_eval_check(ts) < 0)
            return -1;
        if (gilt_gil_now() >= deadline)
            return 0;
    }
}
