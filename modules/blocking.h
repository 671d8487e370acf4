/* blocking.h - System calls that may block, made with the GIL released
 * (blocking.c): other threads run meanwhile, and Ctrl-C interrupts the
 * main thread's call with KeyboardInterrupt.
 *
 * [buf] must not belong to an object another thread can reach while the
 * GIL is released: pass a private copy, or the data of a fresh object the
 * caller has rooted.
 */
#ifndef GILT_MODULES_BLOCKING_H
#define GILT_MODULES_BLOCKING_H

#include <sys/types.h>

#include "../vm/state.h"

// read(2) once into [buf]: the byte count (0 at end of file), or -1 with
// OSError or KeyboardInterrupt raised.
ssize_t gilt_blocking_read(GiltThread *ts, int fd, void *buf, size_t n);
// write(2) once: the byte count, or -1 with an exception raised.
ssize_t gilt_blocking_write(GiltThread *ts, int fd, const void *buf, size_t n);
// write(2) until all [n] bytes are out: 0, or -1 with an exception raised.
int gilt_blocking_write_all(GiltThread *ts, int fd, const void *buf, size_t n);

#endif
