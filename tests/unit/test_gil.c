/* test_gil.c - The GIL (vm/gil.c): handoff order, I/O priority, policies,
 * and the statistics adding up. The threads here run C, not Python: they
 * take and give the GIL directly, and record in `log` (guarded by the GIL
 * itself) the order in which they held it.
 */
#include <criterion/criterion.h>
#include <stdatomic.h>
#include <time.h>

#include "../../vm/gil.h"
#include "../../vm/state.h"
#include "../../vm/threads.h"

static GiltVM *vm;
static GiltThread *main_ts;

#define LOG_MAX 100000
static int log_ids[LOG_MAX];
static int nlog;

static void setup(void) {
    vm = gilt_state_new(NULL, &main_ts);
    cr_assert_not_null(vm);
    nlog = 0;
}

static void teardown(void) {
    gilt_state_free(vm);
}

// With the GIL held. (No cr_assert here: workers call it too.)
static void record(int id) {
    if (nlog < LOG_MAX)
        log_ids[nlog++] = id;
}

static int waiting(void) {
    pthread_mutex_lock(&vm->gil.mu);
    int n = vm->gil.nwaiting;
    pthread_mutex_unlock(&vm->gil.mu);
    return n;
}

// Spin (without the GIL's help) until [n] threads wait for it.
static void await_waiters(int n) {
    while (waiting() < n)
        sched_yield();
}

// Wait, with the GIL released, until only the main thread is left.
static void await_threads_done(void) {
    GILT_GIL_RELEASE(main_ts);
    pthread_mutex_lock(&vm->gil.mu);
    while (vm->gil.nthreads > 1)
        pthread_cond_wait(&vm->gil.threads_changed, &vm->gil.mu);
    pthread_mutex_unlock(&vm->gil.mu);
    GILT_GIL_ACQUIRE(main_ts);
}

static void start(GiltThreadMain fn, int id) {
    uint64_t ident;
    cr_assert_eq(gilt_thread_start(main_ts, fn, INT_VAL(id), 0, &ident), 0);
}

// A thread that logs its id once and ends.
static void log_once(GiltThread *ts, Value id) {
    record((int)AS_INT(id));
}

TestSuite(gil, .init = setup, .fini = teardown, .timeout = 60);

Test(gil, releaser_never_retakes_before_a_waiter) {
    // ticks: the main thread releases and at once wants the GIL back; the
    // thread already waiting must run first, every time.
    for (int round = 0; round < 200; round++) {
        start(log_once, round);
        await_waiters(1);
        GILT_GIL_RELEASE(main_ts);
        GILT_GIL_ACQUIRE(main_ts);
        record(-1);
        await_threads_done();
    }
    cr_assert_eq(nlog, 400);
    for (int i = 0; i < 400; i += 2) {
        cr_assert_eq(log_ids[i], i / 2, "round %d: the waiter did not run first", i / 2);
        cr_assert_eq(log_ids[i + 1], -1);
    }
}

Test(gil, legacy_lets_the_releaser_retake) {
    // Python 2: no handoff. The releaser usually grabs the GIL straight
    // back before the signalled waiter wakes up.
    gilt_gil_set_policy(vm, GILT_GIL_LEGACY);
    int retaken = 0;
    for (int round = 0; round < 200; round++) {
        nlog = 0;
        start(log_once, round);
        await_waiters(1);
        GILT_GIL_RELEASE(main_ts);
        GILT_GIL_ACQUIRE(main_ts);
        record(-1);
        await_threads_done();
        retaken += log_ids[0] == -1;
    }
    cr_assert_gt(retaken, 0, "legacy handed the GIL over every time");
}

Test(gil, forced_switch_hands_over_in_fifo_order) {
    // Three threads queue in order; a forced switch (gilt_gil_yield) gives
    // the GIL to each in turn before the yielder gets it back.
    for (int id = 0; id < 3; id++) {
        start(log_once, id);
        await_waiters(id + 1);
    }
    gilt_gil_yield(main_ts);
    record(-1);
    await_threads_done();
    int want[] = {0, 1, 2, -1};
    cr_assert_eq(nlog, 4);
    for (int i = 0; i < 4; i++)
        cr_assert_eq(log_ids[i], want[i], "position %d", i);
    cr_assert_eq(main_ts->gil.stats->forced, 1);
}

// A thread that first blocks (releasing the GIL) and logs after.
static _Atomic int io_go, io_blocked;

static void io_thread(GiltThread *ts, Value id) {
    GILT_GIL_RELEASE(ts);
    atomic_store(&io_blocked, 1);
    while (!atomic_load(&io_go))
        sched_yield();
    GILT_GIL_ACQUIRE(ts); // back from "I/O": queues with priority in ticks
    record((int)AS_INT(id));
}

// Start io_thread and let it run until it blocks.
static void start_blocked_io_thread(void) {
    atomic_store(&io_go, 0);
    atomic_store(&io_blocked, 0);
    start(io_thread, 100);
    GILT_GIL_RELEASE(main_ts);
    while (!atomic_load(&io_blocked))
        sched_yield();
    GILT_GIL_ACQUIRE(main_ts);
}

// [ncpu] threads queue for the GIL, then the I/O thread comes back from
// its blocking call; the main thread lets them all run.
static void io_race(int ncpu) {
    start_blocked_io_thread();
    for (int id = 1; id <= ncpu; id++)
        start(log_once, id);
    await_waiters(ncpu);
    atomic_store(&io_go, 1);
    await_waiters(ncpu + 1);
    await_threads_done();
    cr_assert_eq(nlog, ncpu + 1);
}

Test(gil, io_thread_goes_before_cpu_waiters_in_ticks) {
    io_race(2);
    cr_assert_eq(log_ids[0], 100, "the I/O thread did not go first");
    cr_assert_eq(log_ids[1], 1);
    cr_assert_eq(log_ids[2], 2);
}

Test(gil, interval_policy_serves_io_in_fifo_order) {
    gilt_gil_set_policy(vm, GILT_GIL_INTERVAL);
    cr_assert_eq(gilt_gil_default_check_interval(GILT_GIL_INTERVAL),
                 GILT_INTERVAL_CHECK_INTERVAL);
    io_race(1);
    cr_assert_eq(log_ids[0], 1, "interval has no I/O priority: FIFO");
    cr_assert_eq(log_ids[1], 100);
}

// Take and give the GIL [n] times, counting into the log.
#define ROUNDS 2000

static void churn(GiltThread *ts, Value id) {
    for (int i = 0; i < ROUNDS; i++) {
        record((int)AS_INT(id));
        if (i % 2)
            gilt_gil_yield(ts);
        else {
            GILT_GIL_RELEASE(ts);
            GILT_GIL_ACQUIRE(ts);
        }
    }
}

static void counters_add_up(GiltGilPolicy policy) {
    gilt_gil_set_policy(vm, policy);
    gilt_gil_stats_reset(vm);
    enum { N = 4 };
    for (int id = 0; id < N; id++)
        start(churn, id);
    await_threads_done();
    cr_assert_eq(nlog, N * ROUNDS);
    pthread_mutex_lock(&vm->gil.mu);
    gilt_gil_stats_settle(vm);
    uint64_t acq = 0, vol = 0, forced = 0;
    int workers = 0;
    for (GiltGilStats *s = vm->gil.stats; s; s = s->next) {
        acq += s->acquisitions;
        vol += s->voluntary;
        forced += s->forced;
        cr_assert_geq(s->held_ns, 0);
        cr_assert_geq(s->waited_ns, s->longest_wait_ns);
        if (s != main_ts->gil.stats) {
            workers++;
            cr_assert(!s->alive);
            // Each worker: one start, one per release/acquire pair; the
            // yields that found a waiter count as forced switches.
            cr_assert_eq(s->voluntary, ROUNDS / 2);
            cr_assert_eq(s->acquisitions, 1 + ROUNDS / 2 + s->forced);
            cr_assert_leq(s->forced, ROUNDS / 2);
        }
    }
    uint64_t switches = vm->gil.switches;
    pthread_mutex_unlock(&vm->gil.mu);
    cr_assert_eq(workers, N);
    // Every switch between threads is an acquisition by another thread.
    cr_assert_leq(switches, acq);
    cr_assert_geq(acq, (uint64_t)N * (1 + ROUNDS / 2));
    cr_assert_geq(vol, (uint64_t)N * ROUNDS / 2);
    cr_assert_eq(acq, vol + forced + N,
                 "acquisitions = starts + returns from blocking + forced");
}

Test(gil, counters_add_up_ticks) {
    counters_add_up(GILT_GIL_TICKS);
}

Test(gil, counters_add_up_interval) {
    counters_add_up(GILT_GIL_INTERVAL);
}

Test(gil, counters_add_up_legacy) {
    counters_add_up(GILT_GIL_LEGACY);
}

Test(gil, policies_by_name) {
    cr_assert_eq(gilt_gil_policy_from_name("ticks"), GILT_GIL_TICKS);
    cr_assert_eq(gilt_gil_policy_from_name("interval"), GILT_GIL_INTERVAL);
    cr_assert_eq(gilt_gil_policy_from_name("legacy"), GILT_GIL_LEGACY);
    cr_assert_eq(gilt_gil_policy_from_name("fair"), -1);
    cr_assert_str_eq(gilt_gil_policy_name(GILT_GIL_LEGACY), "legacy");
    gilt_gil_set_policy(vm, GILT_GIL_LEGACY);
    cr_assert_eq(vm->check_interval, GILT_LEGACY_CHECK_INTERVAL);
    gilt_gil_set_check_interval(vm, 50);
    cr_assert_eq(vm->poll_ticks, 50);
    gilt_gil_set_check_interval(vm, 1000000);
    cr_assert_eq(vm->poll_ticks, GILT_POLL_TICKS);
}
