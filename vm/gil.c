/* gil.c - The global interpreter lock and its three policies.
 *
 * The GIL is a mutex-guarded `holder` plus a FIFO of waiting threads, each
 * waiting on its own condition variable. The eval breaker's GIL_DROP bit
 * asks the holder to give the GIL up at its next check (every check
 * interval ticks).
 *
 * Handoff protocol (`ticks` and `interval`): a releasing thread that finds
 * a waiter makes the head of the queue the holder itself, under the mutex,
 * and signals it. The releaser therefore cannot take the GIL back before
 * that waiter has run: if it wants the GIL again it queues behind it. The
 * GIL is never free while someone waits, so acquiring never barges.
 *
 *   ticks     A waiter sets GIL_DROP at once; the holder hands over at its
 *             next check, so CPU-bound threads take turns of check-interval
 *             ticks. A thread back from a blocking call queues ahead of the
 *             CPU-bound waiters (I/O priority) and so runs within one check.
 *   interval  CPython 3.2+: a waiter sleeps switch_interval on its condition
 *             and sets GIL_DROP only if no switch happened meanwhile. A thread
 *             back from I/O waits like any other: CPython's convoy effect.
 *   legacy    Python 2: no handoff. At a check with waiters the holder frees
 *             the GIL, signals one waiter and at once takes it again; the
 *             waiter usually wakes to find it taken (Beazley's thrashing).
 *
 * Shutdown: gilt_gil_finalize() (threads.c) sets `finalizing`; any other
 * thread that then tries to take the GIL ends inside gilt_gil_acquire().
 */
#include "gil.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "state.h"
#include "threads.h"

int64_t gilt_gil_now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

static void lock(GiltGil *g) {
    if (pthread_mutex_lock(&g->mu))
        gilt_fatal("GIL mutex");
}

static void unlock(GiltGil *g) {
    pthread_mutex_unlock(&g->mu);
}

void gilt_gil_init(GiltVM *vm) {
    GiltGil *g = &vm->gil;
    pthread_mutex_init(&g->mu, NULL);
    pthread_cond_init(&g->threads_changed, NULL);
    g->policy = GILT_GIL_TICKS;
    g->switch_interval_ns = (int64_t)(GILT_DEFAULT_SWITCH_INTERVAL * 1e9);
    g->stats_tail = &g->stats;
    g->next_track = 1;
}

void gilt_gil_fini(GiltVM *vm) {
    GiltGil *g = &vm->gil;
    gilt_gil_stats_free(vm);
    pthread_cond_destroy(&g->threads_changed);
    pthread_mutex_destroy(&g->mu);
}

int gilt_gil_thread_init(GiltThread *ts) {
    pthread_condattr_t a;
    if (pthread_condattr_init(&a))
        return -1;
    pthread_condattr_setclock(&a, CLOCK_MONOTONIC);
    int r = pthread_cond_init(&ts->gil.cond, &a);
    pthread_condattr_destroy(&a);
    return r ? -1 : 0;
}

void gilt_gil_thread_fini(GiltThread *ts) {
    pthread_cond_destroy(&ts->gil.cond);
}

// ---- policies -------------------------------------------------------------

static const char *const policy_names[] = {"ticks", "interval", "legacy"};

int gilt_gil_policy_from_name(const char *name) {
    for (int i = 0; i < 3; i++)
        if (!strcmp(name, policy_names[i]))
            return i;
    return -1;
}

const char *gilt_gil_policy_name(GiltGilPolicy p) {
    return policy_names[p];
}

int gilt_gil_default_check_interval(GiltGilPolicy p) {
    switch (p) {
    case GILT_GIL_INTERVAL:
        return GILT_INTERVAL_CHECK_INTERVAL;
    case GILT_GIL_LEGACY:
        return GILT_LEGACY_CHECK_INTERVAL;
    default:
        return GILT_TICKS_CHECK_INTERVAL;
    }
}

// Keep GIL_DROP in line with the queue, under the mutex. `interval` sets
// the bit only from a waiter's timeout.
static void update_drop(GiltVM *vm) {
    GiltGil *g = &vm->gil;
    if (!g->head)
        atomic_fetch_and(&vm->eval_breaker, ~(uint32_t)GILT_EB_GIL_DROP);
    else if (g->policy != GILT_GIL_INTERVAL)
        atomic_fetch_or(&vm->eval_breaker, GILT_EB_GIL_DROP);
}

int gilt_gil_configure(GiltVM *vm, const GiltConfig *c) {
    GiltGil *g = &vm->gil;
    if (c->gil_policy) {
        int p = gilt_gil_policy_from_name(c->gil_policy);
        if (p < 0)
            return -1;
        g->policy = (GiltGilPolicy)p;
    }
    gilt_gil_set_check_interval(vm, c->check_interval > 0
                                        ? c->check_interval
                                        : gilt_gil_default_check_interval(g->policy));
    if (c->switch_interval > 0)
        g->switch_interval_ns = (int64_t)(c->switch_interval * 1e6) * 1000;
    return c->gil_trace ? gilt_gil_trace_start(vm) : 0;
}

void gilt_gil_set_check_interval(GiltVM *vm, int n) {
    vm->check_interval = n;
    vm->poll_ticks = n < GILT_POLL_TICKS ? n : GILT_POLL_TICKS;
}

void gilt_gil_set_policy(GiltVM *vm, GiltGilPolicy p) {
    GiltGil *g = &vm->gil;
    lock(g);
    g->policy = p;
    gilt_gil_set_check_interval(vm, gilt_gil_default_check_interval(p));
    update_drop(vm);
    // Waiters re-evaluate under the new policy.
    for (GiltThread *t = g->head; t; t = t->gil.next)
        pthread_cond_signal(&t->gil.cond);
    unlock(g);
}

// ---- the queue ---------------------------------------------------------------

// Where a waiter goes in the queue.
typedef enum QueuePos {
    Q_BACK,     // behind everyone
    Q_PRIORITY, // behind the other threads back from I/O, before the rest
    Q_FRONT,    // first (the main thread, to handle a signal)
} QueuePos;

static void enqueue(GiltGil *g, GiltThread *ts, QueuePos pos) {
    GiltGilWaiter *w = &ts->gil;
    GiltThread **link = &g->head;
    if (pos == Q_BACK)
        link = g->tail ? &g->tail->gil.next : &g->head;
    else if (pos == Q_PRIORITY)
        while (*link && (*link)->gil.priority)
            link = &(*link)->gil.next;
    w->priority = pos != Q_BACK;
    if (w->priority)
        atomic_fetch_add(&g->npriority, 1);
    w->queued = true;
    w->next = *link;
    *link = ts;
    if (!w->next)
        g->tail = ts;
    g->nwaiting++;
}

static void unqueue(GiltGil *g, GiltThread *ts) {
    GiltThread *prev = NULL;
    for (GiltThread *t = g->head; t; prev = t, t = t->gil.next) {
        if (t != ts)
            continue;
        if (prev)
            prev->gil.next = t->gil.next;
        else
            g->head = t->gil.next;
        if (g->tail == t)
            g->tail = prev;
        t->gil.queued = false;
        t->gil.next = NULL;
        if (t->gil.priority)
            atomic_fetch_sub(&g->npriority, 1);
        g->nwaiting--;
        return;
    }
}

// Give the GIL to the head of the queue, or free it.
static void hand_off(GiltVM *vm) {
    GiltGil *g = &vm->gil;
    GiltThread *h = g->head;
    if (g->policy == GILT_GIL_LEGACY || !h) {
        g->holder = NULL;
        if (h)
            pthread_cond_signal(&h->gil.cond);
        update_drop(vm);
        return;
    }
    unqueue(g, h);
    g->holder = h;
    pthread_cond_signal(&h->gil.cond);
    update_drop(vm);
}

// ---- acquiring -----------------------------------------------------------------

GILT_NORETURN static void end_finalizing(GiltThread *ts) {
    GiltGil *g = &ts->vm->gil;
    if (ts->gil.queued)
        unqueue(g, ts);
    gilt_thread_gone(ts); // unlocks the mutex and ends the thread
}

static bool should_end(GiltGil *g, GiltThread *ts) {
    return g->finalizing && ts != g->finalizer;
}

static void grant(GiltThread *ts, int64_t now) {
    GiltGil *g = &ts->vm->gil;
    g->holder = ts;
    ts->run_ticks = 0;
    if (g->last_holder && g->last_holder != ts)
        g->switches++;
    g->last_holder = ts;
    if (ts->gil.stats)
        ts->gil.stats->acquisitions++;
    gilt_gil_state(ts, GILT_TS_RUNNING, now);
}

// Wait, queued, until the GIL is ours (mutex held).
static void wait_for_grant(GiltThread *ts) {
    GiltVM *vm = ts->vm;
    GiltGil *g = &vm->gil;
    while (g->holder != ts) {
        if (should_end(g, ts))
            end_finalizing(ts);
        if (g->policy == GILT_GIL_LEGACY && !g->holder) {
            unqueue(g, ts);
            g->holder = ts;
            break;
        }
        if (g->policy != GILT_GIL_INTERVAL) {
            pthread_cond_wait(&ts->gil.cond, &g->mu);
            continue;
        }
        uint64_t seen = g->switches;
        struct timespec dl;
        clock_gettime(CLOCK_MONOTONIC, &dl);
        int64_t iv = g->switch_interval_ns < 1000 ? 1000 : g->switch_interval_ns;
        int64_t ns = dl.tv_nsec + iv;
        dl.tv_sec += (time_t)(ns / 1000000000);
        dl.tv_nsec = (long)(ns % 1000000000);
        int r = pthread_cond_timedwait(&ts->gil.cond, &g->mu, &dl);
        // Nobody switched for a whole interval: ask the holder to drop.
        if (r == ETIMEDOUT && g->holder && g->holder != ts && g->switches == seen)
            atomic_fetch_or(&vm->eval_breaker, GILT_EB_GIL_DROP);
    }
}

void gilt_gil_acquire(GiltThread *ts, GiltGilWhy why) {
    GiltGil *g = &ts->vm->gil;
    lock(g);
    if (should_end(g, ts))
        end_finalizing(ts);
    int64_t start = gilt_gil_now();
    gilt_gil_state(ts, GILT_TS_WAITING, start);
    bool free_now = !g->holder && (!g->head || g->policy == GILT_GIL_LEGACY);
    if (!free_now) {
        bool io = why == GILT_GIL_BLOCK && g->policy == GILT_GIL_TICKS;
        enqueue(g, ts, io ? Q_PRIORITY : Q_BACK);
        update_drop(ts->vm);
        wait_for_grant(ts);
    }
    grant(ts, free_now ? start : gilt_gil_now());
    unlock(g);
}

void gilt_gil_release(GiltThread *ts, GiltGilWhy why) {
    GiltGil *g = &ts->vm->gil;
    lock(g);
    GILT_ASSERT(g->holder == ts);
    if (why == GILT_GIL_BLOCK && ts->gil.stats)
        ts->gil.stats->voluntary++;
    gilt_gil_state(ts, why == GILT_GIL_EXIT ? GILT_TS_GONE : GILT_TS_BLOCKED,
                   gilt_gil_now());
    hand_off(ts->vm);
    unlock(g);
}

// A forced switch: the next waiter runs, we queue behind it.
static void forced_switch(GiltThread *ts) {
    GiltVM *vm = ts->vm;
    GiltGil *g = &vm->gil;
    if (ts->gil.stats)
        ts->gil.stats->forced++;
    gilt_gil_state(ts, GILT_TS_WAITING, gilt_gil_now());
    if (g->policy == GILT_GIL_LEGACY) {
        // Release, signal, and re-take at once: no handoff.
        hand_off(vm);
        unlock(g);
        lock(g);
        if (!g->holder) {
            grant(ts, gilt_gil_now());
            return;
        }
        enqueue(g, ts, Q_BACK);
        update_drop(vm);
        wait_for_grant(ts);
        grant(ts, gilt_gil_now());
        return;
    }
    hand_off(vm);
    enqueue(g, ts, Q_BACK);
    if (g->policy == GILT_GIL_INTERVAL)
        atomic_fetch_and(&vm->eval_breaker, ~(uint32_t)GILT_EB_GIL_DROP);
    else
        update_drop(vm);
    wait_for_grant(ts);
    grant(ts, gilt_gil_now());
}

void gilt_gil_yield(GiltThread *ts) {
    GiltGil *g = &ts->vm->gil;
    lock(g);
    if (g->head)
        forced_switch(ts);
    else
        update_drop(ts->vm);
    unlock(g);
}

void gilt_gil_yield_to_main(GiltThread *ts) {
    GiltVM *vm = ts->vm;
    GiltGil *g = &vm->gil;
    GiltThread *m = vm->main_thread;
    lock(g);
    if (m && m->gil.queued) {
        if (g->head != m) {
            unqueue(g, m);
            enqueue(g, m, Q_FRONT);
        }
        forced_switch(ts);
    }
    unlock(g);
}
