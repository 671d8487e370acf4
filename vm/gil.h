/* gil.h - The global interpreter lock: one per VM, three switching
 * policies, per-thread statistics and an event trace (gil.c, gil_stats.c).
 *
 * Only the thread holding its VM's GIL touches the VM's objects. A thread
 * gives the GIL up in two ways:
 *   - voluntarily, around a blocking call (sleep, a lock wait, I/O):
 *     GILT_GIL_RELEASE(ts) ... GILT_GIL_ACQUIRE(ts), touching no object
 *     in between;
 *   - forced, at an eval-loop check, when another thread asked for it
 *     (the GILT_EB_GIL_DROP bit of the eval breaker): gilt_gil_yield().
 * The policy decides when a waiter asks and who gets the GIL next; see
 * gil.c for the handoff protocol.
 */
#ifndef GILT_GIL_H
#define GILT_GIL_H

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "config.h"

typedef struct GiltThread GiltThread;
typedef struct GiltVM GiltVM;
typedef struct GiltTrace GiltTrace;
typedef struct GiltConfig GiltConfig;

typedef enum GiltGilPolicy {
    GILT_GIL_TICKS,    // hand over every check interval ticks; I/O first
    GILT_GIL_INTERVAL, // CPython 3.2+: a waiter asks after switch_interval
    GILT_GIL_LEGACY,   // Python 2: release and re-grab, no handoff
} GiltGilPolicy;

// One thread's GIL counters. Records outlive their threads (gil.stats()
// reports finished threads too) and live in the VM's list until
// gil.reset_stats() or the VM is freed. Guarded by the GIL's mutex.
typedef struct GiltGilStats GiltGilStats;
struct GiltGilStats {
    GiltGilStats *next;
    uint64_t ident;
    int track;        // 1 for the main thread, then in start order
    char name[64];
    bool alive;
    uint64_t acquisitions;
    uint64_t forced;    // dropped at a check because another thread asked
    uint64_t voluntary; // released to block (I/O, sleep, a lock wait)
    int64_t held_ns, waited_ns, longest_wait_ns;
};

// What a thread is doing, for the statistics and the trace.
typedef enum GiltGilState {
    GILT_TS_RUNNING, // holds the GIL
    GILT_TS_WAITING, // wants the GIL
    GILT_TS_BLOCKED, // released it to block
    GILT_TS_GONE,    // ended
} GiltGilState;

// The per-thread part of the GIL, inside GiltThread.
typedef struct GiltGilWaiter {
    pthread_cond_t cond;  // signalled when this thread may take the GIL
    GiltThread *next;     // in the wait queue
    bool queued;
    bool priority;        // back from a blocking call (`ticks`: served first)
    GiltGilStats *stats;
    GiltGilState state;
    int64_t since;        // when the current state began (ns)
} GiltGilWaiter;

typedef struct GiltGil {
    pthread_mutex_t mu;
    GiltThread *holder;          // NULL when free
    GiltThread *head, *tail;     // threads waiting, in grant order
    int nwaiting;
    _Atomic int npriority;       // queued threads back from I/O (`ticks`)
    uint64_t switches;           // times the GIL went to another thread
    GiltThread *last_holder;
    GiltGilPolicy policy;
    int64_t switch_interval_ns;
    // Shutdown: live thread count, signalled as threads end.
    int nthreads;
    pthread_cond_t threads_changed;
    bool finalizing;
    GiltThread *finalizer; // the thread shutting the VM down
    // Statistics and trace (gil_stats.c).
    GiltGilStats *stats, **stats_tail;
    int next_track;
    GiltTrace *trace; // NULL unless recording
} GiltGil;

// Why a thread acquires or releases.
typedef enum GiltGilWhy {
    GILT_GIL_START,  // a new thread's first acquisition
    GILT_GIL_BLOCK,  // around a blocking call (voluntary)
    GILT_GIL_EXIT,   // the thread ends
} GiltGilWhy;

void gilt_gil_init(GiltVM *vm);
void gilt_gil_fini(GiltVM *vm);
// Per-thread setup and teardown (state.c); [ts] is linked into the VM.
int gilt_gil_thread_init(GiltThread *ts);
void gilt_gil_thread_fini(GiltThread *ts);

// Take the GIL for [ts], waiting as the policy says. After the VM began
// finalizing, a thread other than the finalizing one ends here
// (pthread_exit) instead of returning.
void gilt_gil_acquire(GiltThread *ts, GiltGilWhy why);
void gilt_gil_release(GiltThread *ts, GiltGilWhy why);
// At an eval-loop check with GILT_EB_GIL_DROP set: give the GIL to the
// next waiter (forced switch) and wait for it back.
void gilt_gil_yield(GiltThread *ts);
// At a check in a thread other than the main one while a signal is
// pending: let the main thread run its handler (Ctrl-C) if it waits.
void gilt_gil_yield_to_main(GiltThread *ts);

#define GILT_GIL_RELEASE(ts) gilt_gil_release((ts), GILT_GIL_BLOCK)
#define GILT_GIL_ACQUIRE(ts) gilt_gil_acquire((ts), GILT_GIL_BLOCK)

// Policies by name ("ticks", "interval", "legacy"); -1 for an unknown one.
int gilt_gil_policy_from_name(const char *name);
const char *gilt_gil_policy_name(GiltGilPolicy p);
// Apply a config's policy, check and switch intervals and trace request;
// -1 for an unknown policy name or no memory for the trace.
int gilt_gil_configure(GiltVM *vm, const GiltConfig *c);
// Set the check interval (and the eval loop's poll period from it).
void gilt_gil_set_check_interval(GiltVM *vm, int n);
// Switch policy, resetting the check interval to the policy's default.
void gilt_gil_set_policy(GiltVM *vm, GiltGilPolicy p);
int gilt_gil_default_check_interval(GiltGilPolicy p);

// Monotonic nanoseconds.
int64_t gilt_gil_now(void);

// ---- statistics and trace (gil_stats.c); call with the GIL held ----

// A record for a new thread [ts] (under the GIL mutex).
GiltGilStats *gilt_gil_stats_new(GiltVM *vm, uint64_t ident, const char *name);
void gilt_gil_stats_set_name(GiltThread *ts, const char *name);
// Zero every counter and forget finished threads.
void gilt_gil_stats_reset(GiltVM *vm);
// Account the end of [ts]'s current state at [now] and enter [next];
// records a trace event when tracing (under the GIL mutex).
void gilt_gil_state(GiltThread *ts, GiltGilState next, int64_t now);
// Close every live thread's current span so the totals are up to date
// (under the GIL mutex).
void gilt_gil_stats_settle(GiltVM *vm);
// Print the statistics as a table to [out] (--gil-stats).
void gilt_gil_stats_print(GiltVM *vm, FILE *out);
// Free every record and the trace.
void gilt_gil_stats_free(GiltVM *vm);
// Start recording every GIL event; 0, or -1 when out of memory.
int gilt_gil_trace_start(GiltVM *vm);
// Stop recording and write the events as Chrome trace-event JSON to
// [path]. 0, or -1 with errno set (nothing recorded: errno 0).
int gilt_gil_trace_stop(GiltVM *vm, const char *path);

#endif
