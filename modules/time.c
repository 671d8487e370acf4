/* time.c - The time module: clocks, sleep, and calendar conversions
 * (struct_time, strftime).
 */
#include <errno.h>
#include <math.h>
#include <string.h>
#include <time.h>

#include "../runtime/dict.h"
#include "../runtime/float.h"
#include "../runtime/func.h"
#include "../runtime/int.h"
#include "../runtime/module.h"
#include "../runtime/str.h"
#include "../runtime/tuple.h"
#include "../runtime/type.h"
#include "../vm/gc.h"
#include "../vm/interp.h"
#include "../vm/threads.h"
#include "modules.h"

static double clock_sec(clockid_t id) {
    struct timespec t;
    clock_gettime(id, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static Value clock_ns(GiltThread *ts, clockid_t id) {
    struct timespec t;
    clock_gettime(id, &t);
    return gilt_int_from_i64(ts, (int64_t)t.tv_sec * 1000000000 + t.tv_nsec);
}

#define CLOCK_FN(name, id)                                                     \
    static Value t_##name(GiltThread *ts, Value *args, int nargs,              \
                          GiltTuple *kw) {                                     \
        return FLOAT_VAL(clock_sec(id));                                       \
    }                                                                          \
    static Value t_##name##_ns(GiltThread *ts, Value *args, int nargs,         \
                               GiltTuple *kw) {                                \
        return clock_ns(ts, id);                                               \
    }
CLOCK_FN(time, CLOCK_REALTIME)
CLOCK_FN(monotonic, CLOCK_MONOTONIC)
CLOCK_FN(perf_counter, CLOCK_MONOTONIC)
CLOCK_FN(process_time, CLOCK_PROCESS_CPUTIME_ID)
CLOCK_FN(thread_time, CLOCK_THREAD_CPUTIME_ID)

// Sleep with the GIL released; Ctrl-C raises KeyboardInterrupt.
static Value t_sleep(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    double secs;
    if (!IS_INT(args[0]) && !IS_FLOAT(args[0]) && !gilt_is_int(ts, args[0]))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "'%T' object cannot be interpreted as an integer",
                          args[0]);
    if (gilt_to_double(ts, args[0], &secs) < 0)
        return VAL_NULL;
    if (secs < 0)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR, "sleep length must be non-negative");
    if (isnan(secs))
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR, "Invalid value NaN (not a number)");
    if (gilt_sleep(ts, secs) < 0)
        return VAL_NULL;
    return VAL_NONE;
}

// ---- struct_time ---------------------------------------------------------------------

static const char *const tm_fields[] = {"tm_year", "tm_mon",  "tm_mday",
                                        "tm_hour", "tm_min",  "tm_sec",
                                        "tm_wday", "tm_yday", "tm_isdst"};

static Value struct_time_type(GiltThread *ts) {
    Value m = gilt_dict_get_str(ts, AS_DICT(ts->vm->modules),
                                gilt_str_intern_cstr(ts, "time"));
    return m ? gilt_module_get(ts, m, "struct_time") : VAL_NULL;
}

static Value make_struct_time(GiltThread *ts, const struct tm *tm) {
    Value t = struct_time_type(ts);
    if (!t)
        return gilt_raise(ts, GILT_EXC_RUNTIME_ERROR, "time.struct_time is missing");
    Value items = gilt_tuple_pack(
        ts, 9, INT_VAL(tm->tm_year + 1900), INT_VAL(tm->tm_mon + 1),
        INT_VAL(tm->tm_mday), INT_VAL(tm->tm_hour), INT_VAL(tm->tm_min),
        INT_VAL(tm->tm_sec), INT_VAL((tm->tm_wday + 6) % 7),
        INT_VAL(tm->tm_yday + 1), INT_VAL(tm->tm_isdst));
    return items ? gilt_call1(ts, t, items) : VAL_NULL;
}

static int to_tm(GiltThread *ts, Value v, struct tm *tm) {
    Value t = gilt_tuple_from_iterable(ts, v);
    if (!t)
        return -1;
    GiltTuple *tp = AS_TUPLE(t);
    if (tp->len != 9) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "time tuple must have exactly 9 elements");
        return -1;
    }
    int64_t f[9];
    for (int i = 0; i < 9; i++)
        if (gilt_index(ts, tp->items[i], &f[i]) < 0)
            return -1;
    memset(tm, 0, sizeof *tm);
    tm->tm_year = (int)f[0] - 1900;
    tm->tm_mon = (int)f[1] - 1;
    tm->tm_mday = (int)f[2];
    tm->tm_hour = (int)f[3];
    tm->tm_min = (int)f[4];
    tm->tm_sec = (int)f[5];
    tm->tm_wday = (int)(f[6] + 1) % 7;
    tm->tm_yday = (int)f[7] - 1;
    tm->tm_isdst = (int)f[8];
    return 0;
}

static int opt_seconds(GiltThread *ts, Value *args, int nargs, time_t *out) {
    if (nargs < 1 || args[0] == VAL_NONE) {
        *out = time(NULL);
        return 0;
    }
    double d;
    if (gilt_to_double(ts, args[0], &d) < 0)
        return -1;
    *out = (time_t)floor(d);
    return 0;
}

static Value t_localtime(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    time_t t;
    struct tm tm;
    if (opt_seconds(ts, args, nargs, &t) < 0)
        return VAL_NULL;
    if (!localtime_r(&t, &tm))
        return gilt_raise(ts, GILT_EXC_OVERFLOW_ERROR, "timestamp out of range for platform time_t");
    return make_struct_time(ts, &tm);
}

static Value t_gmtime(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    time_t t;
    struct tm tm;
    if (opt_seconds(ts, args, nargs, &t) < 0)
        return VAL_NULL;
    if (!gmtime_r(&t, &tm))
        return gilt_raise(ts, GILT_EXC_OVERFLOW_ERROR, "timestamp out of range for platform time_t");
    return make_struct_time(ts, &tm);
}

static Value t_mktime(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    struct tm tm;
    if (to_tm(ts, args[0], &tm) < 0)
        return VAL_NULL;
    time_t t = mktime(&tm);
    if (t == (time_t)-1)
        return gilt_raise(ts, GILT_EXC_OVERFLOW_ERROR, "mktime argument out of range");
    return FLOAT_VAL((double)t);
}

static Value t_strftime(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    if (!GILT_IS_SUB(ts, args[0], GILT_TF_STR_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "strftime() argument 1 must be str, not %T", args[0]);
    struct tm tm;
    if (nargs > 1) {
        if (to_tm(ts, args[1], &tm) < 0)
            return VAL_NULL;
    } else {
        time_t t = time(NULL);
        localtime_r(&t, &tm);
    }
    const char *fmt = AS_STR(args[0])->data;
    if (!*fmt)
        return ts->vm->empty_str;
    for (size_t cap = 256; cap < (1 << 20); cap *= 4) {
        char *buf = malloc(cap);
        if (!buf)
            return gilt_raise_nomem(ts);
        size_t n = strftime(buf, cap, fmt, &tm);
        if (n > 0 || cap > 4096) {
            Value r = gilt_str_new(ts, buf, n);
            free(buf);
            return r;
        }
        free(buf);
    }
    return ts->vm->empty_str;
}

static Value ascii_time(GiltThread *ts, const struct tm *tm) {
    static const char *const days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return gilt_str_printf(ts, "%s %s %2d %02d:%02d:%02d %d", days[tm->tm_wday % 7],
                           months[tm->tm_mon % 12], tm->tm_mday, tm->tm_hour,
                           tm->tm_min, tm->tm_sec, tm->tm_year + 1900);
}

static Value t_ctime(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    time_t t;
    struct tm tm;
    if (opt_seconds(ts, args, nargs, &t) < 0)
        return VAL_NULL;
    localtime_r(&t, &tm);
    return ascii_time(ts, &tm);
}

static Value t_asctime(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    struct tm tm;
    if (nargs) {
        if (to_tm(ts, args[0], &tm) < 0)
            return VAL_NULL;
    } else {
        time_t t = time(NULL);
        localtime_r(&t, &tm);
    }
    return ascii_time(ts, &tm);
}

static const GiltMethodDef time_functions[] = {
    {"time", t_time, 0, 0, 0},
    {"time_ns", t_time_ns, 0, 0, 0},
    {"monotonic", t_monotonic, 0, 0, 0},
    {"monotonic_ns", t_monotonic_ns, 0, 0, 0},
    {"perf_counter", t_perf_counter, 0, 0, 0},
    {"perf_counter_ns", t_perf_counter_ns, 0, 0, 0},
    {"process_time", t_process_time, 0, 0, 0},
    {"process_time_ns", t_process_time_ns, 0, 0, 0},
    {"thread_time", t_thread_time, 0, 0, 0},
    {"thread_time_ns", t_thread_time_ns, 0, 0, 0},
    {"sleep", t_sleep, 1, 1, 0},
    {"localtime", t_localtime, 0, 1, 0},
    {"gmtime", t_gmtime, 0, 1, 0},
    {"mktime", t_mktime, 1, 1, 0},
    {"strftime", t_strftime, 1, 2, 0},
    {"ctime", t_ctime, 0, 1, 0},
    {"asctime", t_asctime, 0, 1, 0},
    {NULL}};

// struct_time: a tuple whose fields are also attributes.
static Value st_field(GiltThread *ts, Value *args, int nargs, GiltTuple *kw,
                      int i) {
    return AS_TUPLE(args[0])->items[i];
}

#define ST_GETTER(i)                                                           \
    static Value st_get##i(GiltThread *ts, Value *args, int nargs,             \
                           GiltTuple *kw) {                                    \
        return st_field(ts, args, nargs, kw, i);                               \
    }
ST_GETTER(0)
ST_GETTER(1)
ST_GETTER(2)
ST_GETTER(3)
ST_GETTER(4)
ST_GETTER(5)
ST_GETTER(6)
ST_GETTER(7)
ST_GETTER(8)

static const GiltMethodDef st_getters[] = {
    {"tm_year", st_get0, 0, 0, 0}, {"tm_mon", st_get1, 0, 0, 0},
    {"tm_mday", st_get2, 0, 0, 0}, {"tm_hour", st_get3, 0, 0, 0},
    {"tm_min", st_get4, 0, 0, 0},  {"tm_sec", st_get5, 0, 0, 0},
    {"tm_wday", st_get6, 0, 0, 0}, {"tm_yday", st_get7, 0, 0, 0},
    {"tm_isdst", st_get8, 0, 0, 0}, {NULL}};

static Value st_repr(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltTuple *t = AS_TUPLE(args[0]);
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    gilt_strbuf_append_cstr(ts, &b, "time.struct_time(");
    for (int i = 0; i < 9 && (size_t)i < t->len; i++) {
        gilt_strbuf_printf(ts, &b, "%s%s=", i ? ", " : "", tm_fields[i]);
        gilt_strbuf_append_repr(ts, &b, t->items[i]);
    }
    gilt_strbuf_append_char(ts, &b, ')');
    return gilt_strbuf_finish(ts, &b);
}

static const GiltMethodDef st_repr_def = {"__repr__", st_repr, 0, 0, 0};

static int time_init(GiltThread *ts, Value m) {
    GiltDict *ns = gilt_dict_new(ts);
    if (!ns)
        return -1;
    gilt_gc_push_root(ts, OBJ_VAL(ns));
    for (const GiltMethodDef *d = st_getters; d->name; d++) {
        Value fn = gilt_native_new(ts, d, VAL_NULL, VAL_NULL);
        Value p = fn ? gilt_call1(ts, OBJ_VAL(GILT_TYPE(ts, PROPERTY)), fn) : VAL_NULL;
        if (!p || gilt_dict_set_cstr(ts, ns, d->name, p) < 0)
            return -1;
    }
    Value rf = gilt_native_new(ts, &st_repr_def, VAL_NULL, VAL_NULL);
    Value mod = gilt_str_from_cstr(ts, "time");
    if (!rf || !mod || gilt_dict_set_cstr(ts, ns, "__repr__", rf) < 0 ||
        gilt_dict_set_cstr(ts, ns, "__module__", mod) < 0)
        return -1;
    Value base = OBJ_VAL(GILT_TYPE(ts, TUPLE));
    GiltTuple *bases = gilt_tuple_from(ts, &base, 1);
    Value t = bases ? gilt_type_new_class(ts, GILT_TYPE(ts, TYPE),
                                          gilt_str_intern_cstr(ts, "struct_time"),
                                          bases, ns)
                    : VAL_NULL;
    gilt_gc_pop_root(ts);
    if (!t || gilt_module_add(ts, m, "struct_time", t) < 0)
        return -1;
    tzset();
    return gilt_module_add_int(ts, m, "timezone", timezone) < 0 ||
                   gilt_module_add_int(ts, m, "daylight", daylight) < 0
               ? -1
               : 0;
}

const GiltModuleDef gilt_module_time = {
    .name = "time",
    .doc = "Time access and conversions.",
    .functions = time_functions,
    .init = time_init,
};
