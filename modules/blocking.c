/* blocking.c - read(2) and write(2) with the GIL released.
 *
 * An EINTR means a signal arrived: the GIL is taken back and the eval
 * breaker's work done (Ctrl-C raises KeyboardInterrupt in the main
 * thread) before the call is retried.
 */
#include "blocking.h"

#include <errno.h>
#include <stdbool.h>
#include <unistd.h>

#include "../vm/interp.h"

// One read(2) or write(2) of [fd], retried after a signal.
static ssize_t transfer(GiltThread *ts, int fd, void *buf, size_t n, bool out) {
    for (;;) {
        GILT_GIL_RELEASE(ts);
        ssize_t r = out ? write(fd, buf, n) : read(fd, buf, n);
        int err = errno;
        GILT_GIL_ACQUIRE(ts);
        if (r >= 0)
            return r;
        if (err != EINTR) {
            gilt_raise_errno(ts, err, VAL_NULL);
            return -1;
        }
        if (gilt_eval_check(ts) < 0)
            return -1;
    }
}

ssize_t gilt_blocking_read(GiltThread *ts, int fd, void *buf, size_t n) {
    return transfer(ts, fd, buf, n, false);
}

ssize_t gilt_blocking_write(GiltThread *ts, int fd, const void *buf, size_t n) {
    return transfer(ts, fd, (void *)buf, n, true);
}

int gilt_blocking_write_all(GiltThread *ts, int fd, const void *buf, size_t n) {
    const char *p = buf;
    while (n > 0) {
        ssize_t w = gilt_blocking_write(ts, fd, p, n);
        if (w < 0)
            return -1;
        p += w;
        n -= (size_t)w;
    }
    return 0;
}
