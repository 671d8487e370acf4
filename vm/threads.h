/* threads.h - VM threads: starting and ending them, blocking waits that
 * release the GIL, and stopping the remaining threads at VM shutdown.
 */
#ifndef GILT_THREADS_H
#define GILT_THREADS_H

#include <semaphore.h>

#include "state.h"

// The body of a new thread: runs with the GIL held and [payload] rooted,
// and returns to end the thread. Errors are its own to report.
typedef void (*GiltThreadMain)(GiltThread *ts, Value payload);

// Start an OS thread with a new thread state in [ts]'s VM, running
// [main]. [stack_size] 0 means the system default. Sets *ident to the new
// thread's ident. 0, or -1 with RuntimeError raised on [ts].
int gilt_thread_start(GiltThread *ts, GiltThreadMain main, Value payload,
                      size_t stack_size, uint64_t *ident);

// End the calling thread during finalization: called by gilt_gil_acquire
// with the GIL's mutex held; frees [ts], unlocks and exits the thread.
GILT_NORETURN void gilt_thread_gone(GiltThread *ts);

// At VM shutdown, with the GIL held by [ts]: make every other thread end
// when it next wants the GIL, wake those waiting in gilt waits, and wait
// up to [grace] seconds for them. True when all have ended (the VM may be
// freed); false when a thread is stuck in a system call.
bool gilt_threads_finalize(GiltThread *ts, double grace);

// Wait for [sem] with the GIL released, up to [timeout] seconds (< 0:
// forever). Ctrl-C interrupts the main thread's wait (KeyboardInterrupt).
// 1 when acquired, 0 on timeout, -1 with an exception.
int gilt_sem_wait(GiltThread *ts, sem_t *sem, double timeout);

// Sleep [secs] with the GIL released (0 just lets others run). 0, or -1
// with an exception (KeyboardInterrupt in the main thread).
int gilt_sleep(GiltThread *ts, double secs);

// The kernel's id for the calling thread (threading.get_native_id).
uint64_t gilt_native_thread_id(void);

#endif
