/* gil_stats.c - What the GIL did: per-thread counters, the --gil-stats
 * table, and the event trace written as Chrome trace-event JSON.
 *
 * Every function here runs with the GIL's mutex held, or with the GIL
 * held by a thread that no other thread can race (printing, start/stop).
 * A thread's time is split into spans of one state (running, waiting for
 * the GIL, blocked); gilt_gil_state() closes the current span, adds it to
 * the counters and, while tracing, appends it to the event buffer.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "gil.h"
#include "state.h"

// Trace events beyond this many are dropped (and the file says so).
#define TRACE_MAX_EVENTS (4u << 20)

typedef struct TraceEvent {
    int64_t start, end;
    int track;
    GiltGilState state;
} TraceEvent;

struct GiltTrace {
    TraceEvent *ev;
    size_t n, cap;
    int64_t t0;
    bool truncated;
};

GiltGilStats *gilt_gil_stats_new(GiltVM *vm, uint64_t ident, const char *name) {
    GiltGil *g = &vm->gil;
    GiltGilStats *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->ident = ident;
    s->track = g->next_track++;
    s->alive = true;
    if (name)
        snprintf(s->name, sizeof s->name, "%s", name);
    else
        snprintf(s->name, sizeof s->name, "thread %d", s->track);
    *g->stats_tail = s;
    g->stats_tail = &s->next;
    return s;
}

void gilt_gil_stats_set_name(GiltThread *ts, const char *name) {
    GiltGil *g = &ts->vm->gil;
    pthread_mutex_lock(&g->mu);
    if (ts->gil.stats)
        snprintf(ts->gil.stats->name, sizeof ts->gil.stats->name, "%s", name);
    pthread_mutex_unlock(&g->mu);
}

static void zero(GiltGilStats *s) {
    s->acquisitions = s->forced = s->voluntary = 0;
    s->held_ns = s->waited_ns = s->longest_wait_ns = 0;
}

void gilt_gil_stats_reset(GiltVM *vm) {
    GiltGil *g = &vm->gil;
    pthread_mutex_lock(&g->mu);
    int64_t now = gilt_gil_now();
    GiltGilStats **link = &g->stats;
    while (*link) {
        GiltGilStats *s = *link;
        // A trace in progress still needs the names of finished threads.
        if (!s->alive && !g->trace) {
            *link = s->next;
            free(s);
            continue;
        }
        zero(s);
        link = &s->next;
    }
    g->stats_tail = link;
    g->switches = 0;
    for (GiltThread *t = vm->threads; t; t = t->next)
        t->gil.since = now;
    pthread_mutex_unlock(&g->mu);
}

void gilt_gil_stats_free(GiltVM *vm) {
    GiltGil *g = &vm->gil;
    while (g->stats) {
        GiltGilStats *s = g->stats;
        g->stats = s->next;
        free(s);
    }
    g->stats_tail = &g->stats;
    if (g->trace) {
        free(g->trace->ev);
        free(g->trace);
        g->trace = NULL;
    }
}

static void trace_add(GiltTrace *t, int track, GiltGilState st, int64_t start,
                      int64_t end) {
    if (start < t->t0)
        start = t->t0;
    if (end <= start)
        return;
    if (t->n == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 4096;
        TraceEvent *ev = cap <= TRACE_MAX_EVENTS ? realloc(t->ev, cap * sizeof *ev) : NULL;
        if (!ev) {
            t->truncated = true;
            return;
        }
        t->ev = ev;
        t->cap = cap;
    }
    t->ev[t->n++] = (TraceEvent){start, end, track, st};
}

void gilt_gil_state(GiltThread *ts, GiltGilState next, int64_t now) {
    GiltGilWaiter *w = &ts->gil;
    GiltGilStats *s = w->stats;
    if (s && w->since) {
        int64_t d = now - w->since;
        if (w->state == GILT_TS_RUNNING) {
            s->held_ns += d;
        } else if (w->state == GILT_TS_WAITING) {
            s->waited_ns += d;
            if (d > s->longest_wait_ns)
                s->longest_wait_ns = d;
        }
        GiltTrace *t = ts->vm->gil.trace;
        if (t)
            trace_add(t, s->track, w->state, w->since, now);
    }
    w->state = next;
    w->since = now;
}

// ---- the table -------------------------------------------------------------------

static void print_row(FILE *out, const char *name, const GiltGilStats *s) {
    fprintf(out, "%-26.26s %9llu %8llu %9llu %9.3f %9.3f %9.3f\n", name,
            (unsigned long long)s->acquisitions, (unsigned long long)s->forced,
            (unsigned long long)s->voluntary, (double)s->held_ns / 1e9,
            (double)s->waited_ns / 1e9, (double)s->longest_wait_ns / 1e6);
}

void gilt_gil_stats_settle(GiltVM *vm) {
    int64_t now = gilt_gil_now();
    for (GiltThread *t = vm->threads; t; t = t->next)
        if (t->gil.stats && t->gil.state != GILT_TS_GONE)
            gilt_gil_state(t, t->gil.state, now);
}

void gilt_gil_stats_print(GiltVM *vm, FILE *out) {
    GiltGil *g = &vm->gil;
    pthread_mutex_lock(&g->mu);
    gilt_gil_stats_settle(vm);
    fprintf(out, "GIL statistics: policy %s, check interval %d ticks",
            gilt_gil_policy_name(g->policy), vm->check_interval);
    if (g->policy == GILT_GIL_INTERVAL)
        fprintf(out, ", switch interval %g s", (double)g->switch_interval_ns / 1e9);
    fprintf(out, ", %llu switches between threads\n", (unsigned long long)g->switches);
    fprintf(out, "%-26s %9s %8s %9s %9s %9s %9s\n", "thread", "acquired", "forced",
            "voluntary", "held s", "waited s", "max wait ms");
    GiltGilStats total = {0};
    for (GiltGilStats *s = g->stats; s; s = s->next) {
        print_row(out, s->name, s);
        total.acquisitions += s->acquisitions;
        total.forced += s->forced;
        total.voluntary += s->voluntary;
        total.held_ns += s->held_ns;
        total.waited_ns += s->waited_ns;
        if (s->longest_wait_ns > total.longest_wait_ns)
            total.longest_wait_ns = s->longest_wait_ns;
    }
    print_row(out, "total", &total);
    fputs("forced: gave the GIL up at a check because another thread asked; "
          "voluntary: released it to block (I/O, sleep, a lock wait)\n", out);
    pthread_mutex_unlock(&g->mu);
}

// ---- the trace --------------------------------------------------------------------

int gilt_gil_trace_start(GiltVM *vm) {
    GiltGil *g = &vm->gil;
    GiltTrace *t = calloc(1, sizeof *t);
    if (!t)
        return -1;
    pthread_mutex_lock(&g->mu);
    if (g->trace) {
        free(g->trace->ev);
        free(g->trace);
    }
    t->t0 = gilt_gil_now();
    g->trace = t;
    pthread_mutex_unlock(&g->mu);
    return 0;
}

static const char *const state_names[] = {"running", "waiting for the GIL",
                                          "blocked (I/O, sleep, wait)"};
// Perfetto/Chrome's reserved colour names.
static const char *const state_colours[] = {"good", "terrible", "grey"};

static void json_str(FILE *f, const char *s) {
    fputc('"', f);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fprintf(f, "\\%c", c);
        else if (c < 0x20)
            fprintf(f, "\\u%04x", c);
        else
            fputc(c, f);
    }
    fputc('"', f);
}

static void write_trace(FILE *f, GiltVM *vm, GiltTrace *t) {
    GiltGil *g = &vm->gil;
    fputs("{\"displayTimeUnit\":\"ms\",\"otherData\":{\"policy\":", f);
    json_str(f, gilt_gil_policy_name(g->policy));
    fprintf(f, ",\"check_interval\":%d,\"switch_interval\":%g,\"truncated\":%s},\n",
            vm->check_interval, (double)g->switch_interval_ns / 1e9,
            t->truncated ? "true" : "false");
    fputs("\"traceEvents\":[\n{\"name\":\"process_name\",\"ph\":\"M\",\"pid\":1,"
          "\"args\":{\"name\":\"gilt\"}}",
          f);
    for (GiltGilStats *s = g->stats; s; s = s->next) {
        fprintf(f, ",\n{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":1,\"tid\":%d,"
                   "\"args\":{\"name\":",
                s->track);
        json_str(f, s->name);
        fprintf(f, "}},\n{\"name\":\"thread_sort_index\",\"ph\":\"M\",\"pid\":1,"
                   "\"tid\":%d,\"args\":{\"sort_index\":%d}}",
                s->track, s->track);
    }
    for (size_t i = 0; i < t->n; i++) {
        TraceEvent *e = &t->ev[i];
        fprintf(f, ",\n{\"name\":\"%s\",\"cat\":\"gil\",\"ph\":\"X\",\"pid\":1,"
                   "\"tid\":%d,\"ts\":%.3f,\"dur\":%.3f,\"cname\":\"%s\"}",
                state_names[e->state], e->track, (double)(e->start - t->t0) / 1e3,
                (double)(e->end - e->start) / 1e3, state_colours[e->state]);
    }
    fputs("\n]}\n", f);
}

int gilt_gil_trace_stop(GiltVM *vm, const char *path) {
    GiltGil *g = &vm->gil;
    pthread_mutex_lock(&g->mu);
    GiltTrace *t = g->trace;
    if (t)
        gilt_gil_stats_settle(vm);
    g->trace = NULL;
    pthread_mutex_unlock(&g->mu);
    if (!t) {
        errno = 0;
        return -1;
    }
    FILE *f = fopen(path, "w");
    int err = errno;
    if (f) {
        write_trace(f, vm, t);
        if (fclose(f))
            err = errno, f = NULL;
    }
    free(t->ev);
    free(t);
    errno = err;
    return f ? 0 : -1;
}
