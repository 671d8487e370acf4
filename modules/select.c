/* select.c - The select module: select.select() over poll(2), with the
 * GIL released while it waits.
 *
 * The three lists hold ints or objects with a fileno() method; the result
 * lists hold the original objects, in the order given. poll(2) has no
 * FD_SETSIZE limit, so any descriptor number works.
 */
#include <errno.h>
#include <math.h>
#include <poll.h>
#include <stdlib.h>

#include "../runtime/float.h"
#include "../runtime/int.h"
#include "../runtime/list.h"
#include "../runtime/str.h"
#include "../runtime/tuple.h"
#include "../vm/gc.h"
#include "../vm/interp.h"
#include "modules.h"

typedef struct Watch {
    struct pollfd *fds;
    Value *objs;  // the object behind each entry (rooted by the lists)
    int *which;   // 0 read, 1 write, 2 exceptional
    size_t n, cap;
} Watch;

static int fd_of(GiltThread *ts, Value v, int *fd) {
    int64_t n;
    if (IS_INT(v) || gilt_is_int(ts, v)) {
        if (gilt_index(ts, v, &n) < 0)
            return -1;
    } else {
        Value f = gilt_getattr_opt(ts, v, gilt_str_intern_cstr(ts, "fileno"));
        if (!f) {
            if (!ts->exc)
                gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                           "argument must be an int, or have a fileno() method.");
            return -1;
        }
        Value r = gilt_call0(ts, f);
        if (!r)
            return -1;
        if (!IS_INT(r) && !gilt_is_int(ts, r)) {
            gilt_raise(ts, GILT_EXC_TYPE_ERROR, "fileno() returned a non-integer");
            return -1;
        }
        if (gilt_index(ts, r, &n) < 0)
            return -1;
    }
    if (n < 0) {
        gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                   "file descriptor cannot be a negative integer (%lld)", (long long)n);
        return -1;
    }
    if (n > INT32_MAX) {
        gilt_raise(ts, GILT_EXC_OVERFLOW_ERROR, "file descriptor out of range");
        return -1;
    }
    *fd = (int)n;
    return 0;
}

static int add(GiltThread *ts, Watch *w, Value seq, int which) {
    Value lv = gilt_list_from_iterable(ts, seq);
    if (!lv) {
        if (gilt_exc_matches(ts, GILT_EXC_TYPE_ERROR)) {
            gilt_exc_clear(ts);
            gilt_raise(ts, GILT_EXC_TYPE_ERROR, "arguments 1-3 must be sequences");
        }
        return -1;
    }
    gilt_gc_push_root(ts, lv);
    GiltList *items = AS_LIST(lv);
    for (size_t i = 0; i < items->len; i++) {
        int fd;
        if (fd_of(ts, items->items[i], &fd) < 0)
            return -1;
        if (w->n == w->cap) {
            size_t cap = w->cap ? w->cap * 2 : 8;
            struct pollfd *f = realloc(w->fds, cap * sizeof *f);
            if (f)
                w->fds = f;
            Value *o = f ? realloc(w->objs, cap * sizeof *o) : NULL;
            if (o)
                w->objs = o;
            int *k = o ? realloc(w->which, cap * sizeof *k) : NULL;
            if (!k) {
                gilt_raise_nomem(ts);
                return -1;
            }
            w->which = k;
            w->cap = cap;
        }
        static const short events[] = {POLLIN, POLLOUT, POLLPRI};
        w->fds[w->n] = (struct pollfd){.fd = fd, .events = events[which]};
        w->objs[w->n] = items->items[i];
        w->which[w->n++] = which;
    }
    return 0;
}

// The timeout in milliseconds for poll(2): -1 for None (forever).
static int parse_timeout(GiltThread *ts, Value v, double *secs) {
    *secs = -1;
    if (!v || v == VAL_NONE)
        return 0;
    if (!IS_FLOAT(v) && !IS_INT(v) && !gilt_is_int(ts, v)) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR, "timeout must be a float or None");
        return -1;
    }
    if (gilt_to_double(ts, v, secs) < 0)
        return -1;
    if (isnan(*secs)) {
        gilt_raise(ts, GILT_EXC_VALUE_ERROR, "Invalid value NaN (not a number)");
        return -1;
    }
    if (*secs < 0) {
        gilt_raise(ts, GILT_EXC_VALUE_ERROR, "timeout must be non-negative");
        return -1;
    }
    return 0;
}

static Value results(GiltThread *ts, Watch *w) {
    GiltList *out[3];
    for (int k = 0; k < 3; k++) {
        if (!(out[k] = gilt_list_new(ts, 0)))
            return VAL_NULL;
        gilt_gc_push_root(ts, OBJ_VAL(out[k]));
    }
    static const short ready[] = {POLLIN | POLLHUP | POLLERR, POLLOUT | POLLERR, POLLPRI};
    for (size_t i = 0; i < w->n; i++)
        if ((w->fds[i].revents & (ready[w->which[i]] | POLLNVAL)) &&
            gilt_list_append(ts, out[w->which[i]], w->objs[i]) < 0)
            return VAL_NULL;
    return gilt_tuple_pack(ts, 3, OBJ_VAL(out[0]), OBJ_VAL(out[1]), OBJ_VAL(out[2]));
}

static int wait_ready(GiltThread *ts, Watch *w, double secs) {
    double deadline = secs < 0 ? 0 : (double)gilt_gil_now() / 1e9 + secs;
    for (;;) {
        int ms = -1;
        if (secs >= 0) {
            double left = deadline - (double)gilt_gil_now() / 1e9;
            ms = left <= 0 ? 0 : left > 2e9 / 1e3 ? 2000000000 : (int)ceil(left * 1e3);
        }
        GILT_GIL_RELEASE(ts);
        int r = poll(w->fds, (nfds_t)w->n, ms);
        int err = errno;
        GILT_GIL_ACQUIRE(ts);
        if (r >= 0)
            break;
        if (err != EINTR) {
            gilt_raise_errno(ts, err, VAL_NULL);
            return -1;
        }
        if (gilt_eval_check(ts) < 0)
            return -1;
    }
    for (size_t i = 0; i < w->n; i++)
        if (w->fds[i].revents & POLLNVAL) {
            gilt_raise_errno(ts, EBADF, VAL_NULL);
            return -1;
        }
    return 0;
}

static Value s_select(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    double secs;
    if (parse_timeout(ts, nargs > 3 ? args[3] : VAL_NONE, &secs) < 0)
        return VAL_NULL;
    Watch w = {0};
    Value r = VAL_NULL;
    for (int k = 0; k < 3; k++)
        if (add(ts, &w, args[k], k) < 0)
            goto done;
    if (wait_ready(ts, &w, secs) == 0)
        r = results(ts, &w);
done:
    free(w.fds);
    free(w.objs);
    free(w.which);
    return r;
}

static const GiltMethodDef select_functions[] = {
    {"select", s_select, 3, 4, 0},
    {NULL}};

static int select_init(GiltThread *ts, Value m) {
    return gilt_module_add(ts, m, "error", OBJ_VAL(ts->vm->exc_types[GILT_EXC_OS_ERROR]));
}

const GiltModuleDef gilt_module_select = {
    .name = "select",
    .doc = "Wait for file descriptors to be ready (select over poll(2)).",
    .functions = select_functions,
    .init = select_init,
};
