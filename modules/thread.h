/* thread.h - The _thread module (thread.c) and its lock types
 * (thread_lock.c), the native layer under threading.py and queue.py.
 */
#ifndef GILT_MODULES_THREAD_H
#define GILT_MODULES_THREAD_H

#include "../runtime/module.h"

extern const GiltModuleDef gilt_module__thread;

// Add the lock, RLock types to [module] (LockType, RLock).
int gilt_thread_lock_init(GiltThread *ts, Value module);
// A new, unlocked _thread.lock.
Value gilt_lock_new(GiltThread *ts);
// Release [lock] if it is locked (a thread's sentinel, at its end).
void gilt_lock_release_quiet(Value lock);
// Add the _local type to [module] (thread_local.c).
int gilt_thread_local_init(GiltThread *ts, Value module);

#endif
