/* gil.c - The _gil module, under lib/gil.py: what the GIL did and how it
 * switches.
 *
 *   stats()            {'policy', 'check_interval', 'switch_interval',
 *                      'switches', 'threads': [per-thread dict, ...],
 *                      'total': dict}; per-thread dicts hold name, ident,
 *                      alive, acquisitions, forced_switches,
 *                      voluntary_switches, held, waited, longest_wait
 *                      (seconds)
 *   format_stats()     the --gil-stats table, as a str
 *   reset_stats()      zero the counters, forget finished threads
 *   policy()           "ticks", "interval" or "legacy"
 *   set_policy(name)   switch policy (resets the check interval)
 *   trace_start()      record every GIL event from now on
 *   trace_stop(path)   stop and write the events as Chrome trace JSON
 */
#include <errno.h>
#include <stdlib.h>

#include "../runtime/dict.h"
#include "../runtime/int.h"
#include "../runtime/list.h"
#include "../runtime/str.h"
#include "../vm/gc.h"
#include "modules.h"

static int put_num(GiltThread *ts, GiltDict *d, const char *k, uint64_t n) {
    Value v = gilt_int_from_u64(ts, n);
    return v ? gilt_dict_set_cstr(ts, d, k, v) : -1;
}

static int put_secs(GiltThread *ts, GiltDict *d, const char *k, int64_t ns) {
    return gilt_dict_set_cstr(ts, d, k, FLOAT_VAL((double)ns / 1e9));
}

// One thread's (or the total's) counters as a dict; [s] is a copy.
static Value counters(GiltThread *ts, const GiltGilStats *s, bool total) {
    GiltDict *d = gilt_dict_new(ts);
    if (!d)
        return VAL_NULL;
    gilt_gc_push_root(ts, OBJ_VAL(d));
    int r = 0;
    if (!total) {
        Value name = gilt_str_from_cstr(ts, s->name);
        r |= !name || gilt_dict_set_cstr(ts, d, "name", name) < 0;
        r |= put_num(ts, d, "ident", s->ident) < 0;
        r |= gilt_dict_set_cstr(ts, d, "alive", s->alive ? VAL_TRUE : VAL_FALSE) < 0;
    }
    r |= put_num(ts, d, "acquisitions", s->acquisitions) < 0;
    r |= put_num(ts, d, "forced_switches", s->forced) < 0;
    r |= put_num(ts, d, "voluntary_switches", s->voluntary) < 0;
    r |= put_secs(ts, d, "held", s->held_ns) < 0;
    r |= put_secs(ts, d, "waited", s->waited_ns) < 0;
    r |= put_secs(ts, d, "longest_wait", s->longest_wait_ns) < 0;
    gilt_gc_pop_root(ts);
    return r ? VAL_NULL : OBJ_VAL(d);
}

// A consistent copy of every record, taken under the GIL's mutex, so no
// allocation happens while it is held. *n gets the count.
static GiltGilStats *snapshot(GiltThread *ts, size_t *n, uint64_t *switches) {
    GiltGil *g = &ts->vm->gil;
    pthread_mutex_lock(&g->mu);
    gilt_gil_stats_settle(ts->vm);
    size_t count = 0;
    for (GiltGilStats *s = g->stats; s; s = s->next)
        count++;
    GiltGilStats *copy = malloc((count ? count : 1) * sizeof *copy);
    if (copy) {
        size_t i = 0;
        for (GiltGilStats *s = g->stats; s; s = s->next)
            copy[i++] = *s;
    }
    *switches = g->switches;
    pthread_mutex_unlock(&g->mu);
    *n = count;
    return copy;
}

static Value g_stats(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltVM *vm = ts->vm;
    size_t n;
    uint64_t switches;
    GiltGilStats *copy = snapshot(ts, &n, &switches);
    if (!copy)
        return gilt_raise_nomem(ts);
    GiltDict *d = gilt_dict_new(ts);
    GiltList *threads = d ? gilt_list_new(ts, 0) : NULL;
    Value result = VAL_NULL;
    if (!threads)
        goto done;
    gilt_gc_push_root(ts, OBJ_VAL(d));
    gilt_gc_push_root(ts, OBJ_VAL(threads));
    GiltGilStats total = {0};
    for (size_t i = 0; i < n; i++) {
        Value t = counters(ts, &copy[i], false);
        if (!t || gilt_list_append(ts, threads, t) < 0)
            goto done;
        total.acquisitions += copy[i].acquisitions;
        total.forced += copy[i].forced;
        total.voluntary += copy[i].voluntary;
        total.held_ns += copy[i].held_ns;
        total.waited_ns += copy[i].waited_ns;
        if (copy[i].longest_wait_ns > total.longest_wait_ns)
            total.longest_wait_ns = copy[i].longest_wait_ns;
    }
    Value tot = counters(ts, &total, true);
    Value pol = gilt_str_from_cstr(ts, gilt_gil_policy_name(vm->gil.policy));
    if (!tot || !pol || gilt_dict_set_cstr(ts, d, "policy", pol) < 0 ||
        put_num(ts, d, "check_interval", (uint64_t)vm->check_interval) < 0 ||
        put_secs(ts, d, "switch_interval", vm->gil.switch_interval_ns) < 0 ||
        put_num(ts, d, "switches", switches) < 0 ||
        gilt_dict_set_cstr(ts, d, "threads", OBJ_VAL(threads)) < 0 ||
        gilt_dict_set_cstr(ts, d, "total", tot) < 0)
        goto done;
    result = OBJ_VAL(d);
done:
    free(copy);
    return result;
}

static Value g_format_stats(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    char *buf = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&buf, &size);
    if (!f)
        return gilt_raise_nomem(ts);
    gilt_gil_stats_print(ts->vm, f);
    fclose(f);
    Value s = buf ? gilt_str_new(ts, buf, size) : gilt_raise_nomem(ts);
    free(buf);
    return s;
}

static Value g_reset_stats(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    gilt_gil_stats_reset(ts->vm);
    return VAL_NONE;
}

static Value g_policy(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return gilt_str_from_cstr(ts, gilt_gil_policy_name(ts->vm->gil.policy));
}

static Value g_set_policy(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    if (!GILT_IS_SUB(ts, args[0], GILT_TF_STR_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "policy must be a str, not %T", args[0]);
    int p = gilt_gil_policy_from_name(AS_STR(args[0])->data);
    if (p < 0)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                          "unknown GIL policy %R (expected 'ticks', 'interval' or 'legacy')",
                          args[0]);
    gilt_gil_set_policy(ts->vm, (GiltGilPolicy)p);
    return VAL_NONE;
}

static Value g_trace_start(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return gilt_gil_trace_start(ts->vm) < 0 ? gilt_raise_nomem(ts) : VAL_NONE;
}

static Value g_trace_stop(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    if (!GILT_IS_SUB(ts, args[0], GILT_TF_STR_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "path must be a str, not %T", args[0]);
    if (gilt_gil_trace_stop(ts->vm, AS_STR(args[0])->data) < 0) {
        if (!errno)
            return gilt_raise(ts, GILT_EXC_RUNTIME_ERROR, "no GIL trace is being recorded");
        return gilt_raise_errno(ts, errno, args[0]);
    }
    return VAL_NONE;
}

static const GiltMethodDef gil_functions[] = {
    {"stats", g_stats, 0, 0, 0},
    {"format_stats", g_format_stats, 0, 0, 0},
    {"reset_stats", g_reset_stats, 0, 0, 0},
    {"policy", g_policy, 0, 0, 0},
    {"set_policy", g_set_policy, 1, 1, 0},
    {"trace_start", g_trace_start, 0, 0, 0},
    {"trace_stop", g_trace_stop, 1, 1, 0},
    {NULL}};

const GiltModuleDef gilt_module__gil = {
    .name = "_gil",
    .doc = "The GIL's statistics, policy and trace (see the gil module).",
    .functions = gil_functions,
};
