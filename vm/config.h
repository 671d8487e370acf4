/* config.h - Build switches and tunables, each defaulted under #ifndef. */
#ifndef GILT_CONFIG_H
#define GILT_CONFIG_H

// Use computed-goto dispatch in the eval loop (GCC/Clang extension).
// Turn off to get a portable switch-based loop.
#ifndef GILT_COMPUTED_GOTO
#if defined(__GNUC__)
#define GILT_COMPUTED_GOTO 1
#else
#define GILT_COMPUTED_GOTO 0
#endif
#endif

// Count a tick at every instruction (the `ticks` GIL policy's unit). 0
// counts only backward jumps and returns, as CPython places its checks:
// bench/gil/check_cost.sh builds gilt both ways to measure what the
// per-instruction count costs a single-threaded program.
#ifndef GILT_TICK_EVERY_INSN
#define GILT_TICK_EVERY_INSN 1
#endif

// Collect garbage at every safe point instead of when the heap grows.
// `make check` turns this on; it finds objects held across a safe point
// without a root (see gc.h).
#ifndef GILT_DEBUG_STRESS_GC
#define GILT_DEBUG_STRESS_GC 0
#endif

// Internal invariant checks (GILT_ASSERT). On in debug builds.
#ifndef GILT_DEBUG
#define GILT_DEBUG 0
#endif

// Link the REPL against GNU readline (only vm/repl.c uses it).
#ifndef GILT_WITH_READLINE
#define GILT_WITH_READLINE 1
#endif

// The ffi module (libffi).
#ifndef GILT_WITH_FFI
#define GILT_WITH_FFI 0
#endif

// Default Python recursion limit, as sys.getrecursionlimit() reports.
#ifndef GILT_RECURSION_LIMIT
#define GILT_RECURSION_LIMIT 1000
#endif

// Hard cap on nested C-level calls into the eval loop (C builtins calling
// back into Python), protecting the C stack whatever the recursion limit.
#ifndef GILT_C_RECURSION_LIMIT
#define GILT_C_RECURSION_LIMIT 3000
#endif

// First heap size (bytes) at which a collection is requested; afterwards
// the threshold is the live size times GILT_GC_GROWTH.
#ifndef GILT_GC_INITIAL
#define GILT_GC_INITIAL (32u << 20)
#endif
#ifndef GILT_GC_GROWTH
#define GILT_GC_GROWTH 2
#endif

// Objects up to GILT_SMALL_CLASSES * 16 bytes come from per-VM free
// lists instead of malloc. Sanitizer builds turn it off so freed objects
// really are freed (and use-after-free is caught).
#ifndef GILT_SMALL_ALLOC
#define GILT_SMALL_ALLOC 1
#endif
#define GILT_SMALL_CLASSES 32

// Default check interval per GIL policy, in ticks (bytecode
// instructions); sys.setcheckinterval() changes it per VM. Under `ticks`
// it is the quantum a CPU-bound thread runs before it hands the GIL to
// another CPU-bound one, chosen by measurement (bench/gil/cpu_threads.py:
// two CPU-bound threads against the same work sequentially). A handoff
// costs 40-60 us here (waking the other thread on another core), and
// gilt runs a simple loop at ~600M ticks/s: 100000 ticks (0.17 ms) made
// the threads 1.30x slower, 500000 1.08x, 1000000 (about 1.7 ms, near
// CPython's 5 ms switch interval) 1.03x.
// `interval` polls often so a drop request is served quickly; `legacy`
// is Python 2's 100.
#ifndef GILT_TICKS_CHECK_INTERVAL
#define GILT_TICKS_CHECK_INTERVAL 1000000
#endif
#ifndef GILT_INTERVAL_CHECK_INTERVAL
#define GILT_INTERVAL_CHECK_INTERVAL 200
#endif
#define GILT_LEGACY_CHECK_INTERVAL 100
// The eval loop looks at the eval breaker every min(check interval,
// GILT_POLL_TICKS) ticks: a thread back from I/O (`ticks`), a drop request
// (`interval`), Ctrl-C or a wanted collection are served within that many
// ticks, however long the check interval.
#ifndef GILT_POLL_TICKS
#define GILT_POLL_TICKS 1000
#endif
// The `interval` policy's default switch interval (CPython's 5 ms).
#define GILT_DEFAULT_SWITCH_INTERVAL 0.005

// Size of one chunk of a thread's frame stack, in Values.
#ifndef GILT_STACK_CHUNK
#define GILT_STACK_CHUNK (16 * 1024)
#endif

#if GILT_DEBUG
#include <stdio.h>
#include <stdlib.h>
#define GILT_ASSERT(c)                                                         \
    do {                                                                       \
        if (!(c)) {                                                            \
            fprintf(stderr, "%s:%d: assertion failed: %s\n", __FILE__,         \
                    __LINE__, #c);                                             \
            abort();                                                           \
        }                                                                      \
    } while (0)
#else
#define GILT_ASSERT(c) ((void)0)
#endif

#if defined(__GNUC__)
#define GILT_LIKELY(x) __builtin_expect(!!(x), 1)
#define GILT_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define GILT_NORETURN __attribute__((noreturn))
#define GILT_PRINTF(a, b) __attribute__((format(printf, a, b)))
#define GILT_INLINE static inline __attribute__((always_inline))
#else
#define GILT_LIKELY(x) (x)
#define GILT_UNLIKELY(x) (x)
#define GILT_NORETURN
#define GILT_PRINTF(a, b)
#define GILT_INLINE static inline
#endif

#endif
