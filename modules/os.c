/* os.c - The posix module: processes, the environment, file descriptors
 * and system information. lib/os.py re-exports it with the Python-level
 * parts (environ, walk, makedirs, os.path), as CPython splits posix/os.
 * The file-system calls live in os_fs.c.
 *
 * Result records (stat_result, times_result, uname_result, terminal_size)
 * are structseqs: tuple subclasses whose fields are also attributes,
 * held in the instance __dict__ so attribute access is a dict lookup.
 */
#define _GNU_SOURCE // pipe2
#include "os.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../runtime/bytes.h"
#include "../runtime/codecs.h"
#include "../runtime/dict.h"
#include "../runtime/func.h"
#include "../runtime/int.h"
#include "../runtime/str.h"
#include "../runtime/tuple.h"
#include "../runtime/type.h"
#include "../vm/gc.h"
#include "../vm/interp.h"
#include "blocking.h"
#include "io.h"
#include "modules.h"

extern char **environ;

// ---- path arguments ---------------------------------------------------------------

Value gilt_os_fspath(GiltThread *ts, Value v) {
    if (GILT_IS_SUB(ts, v, GILT_TF_STR_SUB) || GILT_IS_SUB(ts, v, GILT_TF_BYTES_SUB))
        return v;
    bool found;
    Value r = gilt_call_dunder(ts, v, gilt_str_intern_cstr(ts, "__fspath__"),
                               NULL, 0, &found);
    if (!found)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "expected str, bytes or os.PathLike object, not %T", v);
    if (!r)
        return VAL_NULL;
    if (GILT_IS_SUB(ts, r, GILT_TF_STR_SUB) || GILT_IS_SUB(ts, r, GILT_TF_BYTES_SUB))
        return r;
    return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                      "expected %T.__fspath__() to return str or bytes, not %T",
                      v, r);
}

static Value bad_path_type(GiltThread *ts, Value arg, const char *fname, int allow) {
    const char *kinds = (allow & GILT_OS_ALLOW_NONE)
                            ? "string, bytes, os.PathLike, integer or None"
                        : (allow & GILT_OS_ALLOW_FD)
                            ? "string, bytes, os.PathLike or integer"
                            : "string, bytes or os.PathLike";
    return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "%s: path should be %s, not %T",
                      fname, kinds, arg);
}

// The bytes of a str path: UTF-8, with lone surrogates from
// surrogateescape turned back into the bytes they stand for.
static Value encode_path(GiltThread *ts, GiltStr *s) {
    if (s->ascii)
        return OBJ_VAL(s);
    return gilt_codec_encode(ts, s, "utf-8", "surrogateescape");
}

int gilt_os_path(GiltThread *ts, Value arg, const char *fname, int allow,
                 GiltOsPath *out) {
    memset(out, 0, sizeof *out);
    out->fd = -1;
    if ((allow & GILT_OS_ALLOW_NONE) && arg == VAL_NONE)
        arg = gilt_str_from_cstr(ts, ".");
    if ((allow & GILT_OS_ALLOW_FD) && (IS_INT(arg) || gilt_is_int(ts, arg)) &&
        !IS_BOOL(arg)) {
        int64_t fd;
        if (gilt_index(ts, arg, &fd) < 0)
            return -1;
        out->fd = (int)fd;
        out->value = arg;
        return 0;
    }
    Value v = arg;
    if (!GILT_IS_SUB(ts, v, GILT_TF_STR_SUB) && !GILT_IS_SUB(ts, v, GILT_TF_BYTES_SUB)) {
        if (!IS_OBJ(v) || !gilt_type_lookup(ts, gilt_typeof(ts, v),
                                            gilt_str_intern_cstr(ts, "__fspath__"))) {
            bad_path_type(ts, arg, fname, allow);
            return -1;
        }
        if (!(v = gilt_os_fspath(ts, v)))
            return -1;
    }
    gilt_gc_push_root(ts, v);
    out->value = v;
    out->bytes = GILT_IS_SUB(ts, v, GILT_TF_BYTES_SUB);
    Value raw = out->bytes ? v : encode_path(ts, AS_STR(v));
    if (!raw)
        return -1;
    gilt_gc_push_root(ts, raw);
    const char *c = out->bytes || raw != v ? AS_BYTES(raw)->data : AS_STR(v)->data;
    size_t n = out->bytes || raw != v ? AS_BYTES(raw)->size : AS_STR(v)->size;
    if (memchr(c, 0, n)) {
        gilt_raise(ts, GILT_EXC_VALUE_ERROR, "embedded null byte");
        return -1;
    }
    out->c = c;
    return 0;
}

// ---- structseqs -------------------------------------------------------------------

static Value posix_module(GiltThread *ts) {
    return gilt_dict_get_str(ts, AS_DICT(ts->vm->modules),
                             gilt_str_intern_cstr(ts, "posix"));
}

static Value structseq_repr(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    Value self = args[0];
    Value q = gilt_getattr_cstr(ts, self, "_gilt_qualname");
    Value names = q ? gilt_getattr_cstr(ts, self, "__match_args__") : VAL_NULL;
    if (!names || !GILT_IS(ts, q, STR) || !GILT_IS(ts, names, TUPLE))
        return VAL_NULL;
    GiltTuple *t = AS_TUPLE(self), *nt = AS_TUPLE(names);
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    gilt_strbuf_append_str(ts, &b, AS_STR(q));
    gilt_strbuf_append_char(ts, &b, '(');
    for (size_t i = 0; i < t->len && i < nt->len; i++) {
        if (i)
            gilt_strbuf_append_cstr(ts, &b, ", ");
        gilt_strbuf_append_str(ts, &b, AS_STR(nt->items[i]));
        gilt_strbuf_append_char(ts, &b, '=');
        if (!gilt_strbuf_append_repr(ts, &b, t->items[i])) {
            gilt_strbuf_free(ts, &b);
            return VAL_NULL;
        }
    }
    gilt_strbuf_append_char(ts, &b, ')');
    return gilt_strbuf_finish(ts, &b);
}

static const GiltMethodDef structseq_methods[] = {
    {"__repr__", structseq_repr, 0, 0, 0}, {NULL}};

static int structseq_ns(GiltThread *ts, GiltDict *ns, const GiltOsStructSeq *seq) {
    int n = 0;
    while (seq->fields[n])
        n++;
    GiltTuple *match = gilt_tuple_new(ts, (size_t)seq->nvisible);
    if (!match || gilt_dict_set_cstr(ts, ns, "__match_args__", OBJ_VAL(match)) < 0)
        return -1;
    for (int i = 0; i < seq->nvisible; i++) {
        Value f = gilt_str_from_cstr(ts, seq->fields[i]);
        if (!f)
            return -1;
        match->items[i] = f;
    }
    Value q = gilt_str_from_cstr(ts, seq->qualified);
    Value mod = gilt_str_from_cstr(ts, seq->module);
    if (!q || !mod || gilt_dict_set_cstr(ts, ns, "_gilt_qualname", q) < 0 ||
        gilt_dict_set_cstr(ts, ns, "__module__", mod) < 0 ||
        gilt_dict_set_cstr(ts, ns, "n_sequence_fields", INT_VAL(seq->nvisible)) < 0 ||
        gilt_dict_set_cstr(ts, ns, "n_fields", INT_VAL(n)) < 0 ||
        gilt_dict_set_cstr(ts, ns, "n_unnamed_fields", INT_VAL(0)) < 0)
        return -1;
    return 0;
}

int gilt_os_structseq_type(GiltThread *ts, Value module, const GiltOsStructSeq *seq) {
    GiltDict *ns = gilt_dict_new(ts);
    if (!ns)
        return -1;
    size_t mark = gilt_gc_roots_mark(ts);
    gilt_gc_push_root(ts, OBJ_VAL(ns));
    int r = -1;
    if (structseq_ns(ts, ns, seq) == 0) {
        Value base = OBJ_VAL(GILT_TYPE(ts, TUPLE));
        GiltTuple *bases = gilt_tuple_from(ts, &base, 1);
        Value t = bases ? gilt_type_new_class(ts, GILT_TYPE(ts, TYPE),
                                              gilt_str_intern_cstr(ts, seq->name),
                                              bases, ns)
                        : VAL_NULL;
        if (t && gilt_type_add_methods(ts, AS_TYPE(t), structseq_methods) == 0)
            r = gilt_module_add(ts, module, seq->name, t);
    }
    gilt_gc_roots_restore(ts, mark);
    return r;
}

Value gilt_os_structseq_new(GiltThread *ts, const GiltOsStructSeq *seq,
                            const Value *values) {
    Value m = posix_module(ts);
    Value type = m ? gilt_module_get(ts, m, seq->name) : VAL_NULL;
    if (!type || !gilt_is_type(type))
        return gilt_raise(ts, GILT_EXC_RUNTIME_ERROR, "posix.%s is missing", seq->name);
    GiltTuple *items = gilt_tuple_from(ts, values, (size_t)seq->nvisible);
    if (!items)
        return VAL_NULL;
    size_t mark = gilt_gc_roots_mark(ts);
    gilt_gc_push_root(ts, OBJ_VAL(items));
    Value r = gilt_call1(ts, type, OBJ_VAL(items));
    GiltDict *d = r ? gilt_instance_dict(ts, r) : NULL;
    for (int i = 0; d && seq->fields[i]; i++)
        if (gilt_dict_set_cstr(ts, d, seq->fields[i], values[i]) < 0)
            d = NULL;
    gilt_gc_roots_restore(ts, mark);
    return d ? r : VAL_NULL;
}

// ---- processes and users ------------------------------------------------------------

static Value os_getpid(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return INT_VAL(getpid());
}

static Value os_getppid(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return INT_VAL(getppid());
}

static Value os_getuid(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return INT_VAL(getuid());
}

static Value os_geteuid(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return INT_VAL(geteuid());
}

static Value os_getgid(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return INT_VAL(getgid());
}

static Value os_getegid(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return INT_VAL(getegid());
}

static Value os_getlogin(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    const char *name = getlogin();
    if (!name)
        return gilt_raise_errno(ts, errno ? errno : ENOTTY, VAL_NULL);
    return gilt_str_decode_utf8(ts, name, strlen(name), "surrogateescape");
}

static Value os_cpu_count(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? VAL_NONE : INT_VAL(n);
}

static int int_arg(GiltThread *ts, Value v, int64_t *out) {
    if (IS_FLOAT(v) || GILT_IS_SUB(ts, v, GILT_TF_FLOAT_SUB)) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "'%T' object cannot be interpreted as an integer", v);
        return -1;
    }
    return gilt_index(ts, v, out);
}

static Value os_kill(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    int64_t pid, sig;
    if (int_arg(ts, args[0], &pid) < 0 || int_arg(ts, args[1], &sig) < 0)
        return VAL_NULL;
    if (kill((pid_t)pid, (int)sig) < 0)
        return gilt_raise_errno(ts, errno, VAL_NULL);
    return VAL_NONE;
}

static Value os_exit_now(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    int64_t code;
    if (int_arg(ts, args[0], &code) < 0)
        return VAL_NULL;
    _exit((int)code);
}

// os.system: the shell's wait status, as CPython returns it; other
// threads run while the command does.
static Value os_system(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltOsPath p;
    if (!GILT_IS_SUB(ts, args[0], GILT_TF_STR_SUB) &&
        !GILT_IS_SUB(ts, args[0], GILT_TF_BYTES_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "system() argument 'command' must be str, not %T", args[0]);
    if (gilt_os_path(ts, args[0], "system", 0, &p) < 0)
        return VAL_NULL;
    gilt_io_flush_std(ts);
    // p.c is a private copy or the rooted argument's immutable data.
    GILT_GIL_RELEASE(ts);
    int r = system(p.c);
    GILT_GIL_ACQUIRE(ts);
    return INT_VAL(r);
}

static Value os_waitpid(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    int64_t pid, options;
    if (int_arg(ts, args[0], &pid) < 0 || int_arg(ts, args[1], &options) < 0)
        return VAL_NULL;
    int status = 0;
    pid_t r;
    for (;;) {
        GILT_GIL_RELEASE(ts);
        r = waitpid((pid_t)pid, &status, (int)options);
        int err = errno;
        GILT_GIL_ACQUIRE(ts);
        if (r >= 0)
            break;
        if (err != EINTR)
            return gilt_raise_errno(ts, err, VAL_NULL);
        if (gilt_eval_check(ts) < 0)
            return VAL_NULL;
    }
    return gilt_tuple_pack(ts, 2, INT_VAL(r), INT_VAL(status));
}

static Value os_waitstatus_to_exitcode(GiltThread *ts, Value *args, int nargs,
                                       GiltTuple *kw) {
    int64_t st;
    if (int_arg(ts, args[0], &st) < 0)
        return VAL_NULL;
    int s = (int)st;
    if (WIFEXITED(s))
        return INT_VAL(WEXITSTATUS(s));
    if (WIFSIGNALED(s))
        return INT_VAL(-WTERMSIG(s));
    return gilt_raise(ts, GILT_EXC_VALUE_ERROR, "invalid wait status: %d", s);
}

#define WAIT_MACRO(name, expr, boolean)                                        \
    static Value os_##name(GiltThread *ts, Value *args, int nargs,             \
                           GiltTuple *kw) {                                    \
        int64_t st;                                                            \
        if (int_arg(ts, args[0], &st) < 0)                                     \
            return VAL_NULL;                                                   \
        int s = (int)st;                                                       \
        return boolean ? BOOL_VAL(expr) : INT_VAL(expr);                       \
    }
WAIT_MACRO(WIFEXITED, WIFEXITED(s), 1)
WAIT_MACRO(WEXITSTATUS, WEXITSTATUS(s), 0)
WAIT_MACRO(WIFSIGNALED, WIFSIGNALED(s), 1)
WAIT_MACRO(WTERMSIG, WTERMSIG(s), 0)
WAIT_MACRO(WIFSTOPPED, WIFSTOPPED(s), 1)

static const char *const times_fields[] = {"user", "system", "children_user",
                                           "children_system", "elapsed", NULL};
static const GiltOsStructSeq times_seq = {"times_result", "posix",
                                          "posix.times_result", times_fields, 5};

static Value os_times(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    struct tms t;
    clock_t c = times(&t);
    if (c == (clock_t)-1)
        return gilt_raise_errno(ts, errno, VAL_NULL);
    double tick = (double)sysconf(_SC_CLK_TCK);
    Value v[5] = {FLOAT_VAL(t.tms_utime / tick), FLOAT_VAL(t.tms_stime / tick),
                  FLOAT_VAL(t.tms_cutime / tick), FLOAT_VAL(t.tms_cstime / tick),
                  FLOAT_VAL(c / tick)};
    return gilt_os_structseq_new(ts, &times_seq, v);
}

static const char *const uname_fields[] = {"sysname", "nodename", "release",
                                           "version", "machine", NULL};
static const GiltOsStructSeq uname_seq = {"uname_result", "posix",
                                          "posix.uname_result", uname_fields, 5};

static Value os_uname(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    struct utsname u;
    if (uname(&u) < 0)
        return gilt_raise_errno(ts, errno, VAL_NULL);
    const char *parts[5] = {u.sysname, u.nodename, u.release, u.version, u.machine};
    Value v[5];
    size_t mark = gilt_gc_roots_mark(ts);
    for (int i = 0; i < 5; i++) {
        v[i] = gilt_str_decode_utf8(ts, parts[i], strlen(parts[i]), "surrogateescape");
        if (!v[i])
            return VAL_NULL;
        gilt_gc_push_root(ts, v[i]);
    }
    Value r = gilt_os_structseq_new(ts, &uname_seq, v);
    gilt_gc_roots_restore(ts, mark);
    return r;
}

static const char *const termsize_fields[] = {"columns", "lines", NULL};
static const GiltOsStructSeq termsize_seq = {"terminal_size", "os",
                                             "os.terminal_size", termsize_fields, 2};

static Value os_get_terminal_size(GiltThread *ts, Value *args, int nargs,
                                  GiltTuple *kw) {
    int64_t fd = 1;
    if (nargs > 0 && int_arg(ts, args[0], &fd) < 0)
        return VAL_NULL;
    struct winsize w;
    if (ioctl((int)fd, TIOCGWINSZ, &w) < 0)
        return gilt_raise_errno(ts, errno, VAL_NULL);
    Value v[2] = {INT_VAL(w.ws_col), INT_VAL(w.ws_row)};
    return gilt_os_structseq_new(ts, &termsize_seq, v);
}

static Value os_strerror(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    int64_t code;
    if (int_arg(ts, args[0], &code) < 0)
        return VAL_NULL;
    const char *s = strerror((int)code);
    return gilt_str_from_cstr(ts, s);
}

static Value os_urandom(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    int64_t n;
    if (int_arg(ts, args[0], &n) < 0)
        return VAL_NULL;
    if (n < 0)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR, "negative argument not allowed");
    GiltBytes *b = gilt_bytes_alloc(ts, (size_t)n);
    if (!b)
        return VAL_NULL;
    for (size_t got = 0; got < (size_t)n;) {
        ssize_t r = getrandom(b->data + got, (size_t)n - got, 0);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0)
            return gilt_raise_errno(ts, errno, VAL_NULL);
        got += (size_t)r;
    }
    b->data[n] = 0;
    return OBJ_VAL(b);
}

static Value os_umask(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    int64_t m;
    if (int_arg(ts, args[0], &m) < 0)
        return VAL_NULL;
    return INT_VAL(umask((mode_t)m));
}

static Value os_fspath_fn(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    static const char *const names[] = {"path", NULL};
    Value a[1];
    if (gilt_parse_args(ts, "fspath", args, nargs, kw, names, 1, a) < 0)
        return VAL_NULL;
    return gilt_os_fspath(ts, a[0]);
}

// ---- the environment -------------------------------------------------------------------

static bool env_str(GiltThread *ts, Value v, const char **out) {
    if (!GILT_IS_SUB(ts, v, GILT_TF_STR_SUB)) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR, "str expected, not %T", v);
        return false;
    }
    GiltOsPath p;
    if (gilt_os_path(ts, v, "putenv", 0, &p) < 0)
        return false;
    *out = p.c;
    return true;
}

static Value os_putenv(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    const char *k, *v;
    if (!env_str(ts, args[0], &k) || !env_str(ts, args[1], &v))
        return VAL_NULL;
    if (strchr(k, '='))
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR, "illegal environment variable name");
    if (setenv(k, v, 1) < 0)
        return gilt_raise_errno(ts, errno, VAL_NULL);
    return VAL_NONE;
}

static Value os_unsetenv(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    const char *k;
    if (!env_str(ts, args[0], &k))
        return VAL_NULL;
    if (unsetenv(k) < 0)
        return gilt_raise_errno(ts, errno, VAL_NULL);
    return VAL_NONE;
}

// A fresh dict of the process environment, str to str.
static Value os_environ_dict(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltDict *d = gilt_dict_new(ts);
    if (!d)
        return VAL_NULL;
    gilt_gc_push_root(ts, OBJ_VAL(d));
    for (char **e = environ; *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq)
            continue;
        Value k = gilt_str_decode_utf8(ts, *e, (size_t)(eq - *e), "surrogateescape");
        if (!k)
            return VAL_NULL;
        gilt_gc_push_root(ts, k);
        Value v = gilt_str_decode_utf8(ts, eq + 1, strlen(eq + 1), "surrogateescape");
        if (!v)
            return VAL_NULL;
        // Keep the first of duplicate names, as getenv() does.
        Value old;
        if (gilt_dict_lookup(ts, d, k, &old) == 0 && gilt_dict_set(ts, d, k, v) < 0)
            return VAL_NULL;
        gilt_gc_pop_root(ts);
    }
    return OBJ_VAL(d);
}

// ---- file descriptors ----------------------------------------------------------------

static Value os_open(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    static const char *const names[] = {"path", "flags", "mode", "$dir_fd", NULL};
    Value a[4];
    int64_t flags, mode = 0777;
    GiltOsPath p;
    if (gilt_parse_args(ts, "open", args, nargs, kw, names, 2, a) < 0 ||
        gilt_os_path(ts, a[0], "open", 0, &p) < 0 || int_arg(ts, a[1], &flags) < 0 ||
        (a[2] && int_arg(ts, a[2], &mode) < 0))
        return VAL_NULL;
    int fd;
    while ((fd = open(p.c, (int)flags | O_CLOEXEC, (mode_t)mode)) < 0 && errno == EINTR)
        ;
    if (fd < 0)
        return gilt_raise_errno(ts, errno, p.value);
    return INT_VAL(fd);
}

static Value os_close(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    int64_t fd;
    if (int_arg(ts, args[0], &fd) < 0)
        return VAL_NULL;
    if (close((int)fd) < 0)
        return gilt_raise_errno(ts, errno, VAL_NULL);
    return VAL_NONE;
}

static Value os_read(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    int64_t fd, n;
    if (int_arg(ts, args[0], &fd) < 0 || int_arg(ts, args[1], &n) < 0)
        return VAL_NULL;
    if (n < 0)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR, "negative argument not allowed");
    GiltBytes *b = gilt_bytes_alloc(ts, (size_t)n);
    if (!b)
        return VAL_NULL;
    // b is fresh and rooted: no other thread can see it while we read.
    gilt_gc_push_root(ts, OBJ_VAL(b));
    ssize_t r = gilt_blocking_read(ts, (int)fd, b->data, (size_t)n);
    if (r < 0)
        return VAL_NULL;
    if (r == n)
        return OBJ_VAL(b);
    return gilt_bytes_new(ts, b->data, (size_t)r);
}

static Value os_write(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    int64_t fd;
    GiltBuffer buf;
    if (int_arg(ts, args[0], &fd) < 0)
        return VAL_NULL;
    if (!gilt_bytes_buffer(ts, args[1], &buf))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "a bytes-like object is required, not '%T'", args[1]);
    // A private copy: a bytearray may change while the GIL is released.
    void *copy = malloc(buf.size ? buf.size : 1);
    if (!copy)
        return gilt_raise_nomem(ts);
    memcpy(copy, buf.data, buf.size);
    ssize_t r = gilt_blocking_write(ts, (int)fd, copy, buf.size);
    free(copy);
    return r < 0 ? VAL_NULL : gilt_int_from_i64(ts, r);
}

static Value os_pipe(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) < 0)
        return gilt_raise_errno(ts, errno, VAL_NULL);
    return gilt_tuple_pack(ts, 2, INT_VAL(fds[0]), INT_VAL(fds[1]));
}

static Value os_dup(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    int64_t fd;
    if (int_arg(ts, args[0], &fd) < 0)
        return VAL_NULL;
    int r = fcntl((int)fd, F_DUPFD_CLOEXEC, 0);
    return r < 0 ? gilt_raise_errno(ts, errno, VAL_NULL) : INT_VAL(r);
}

static Value os_dup2(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    int64_t a, b;
    if (int_arg(ts, args[0], &a) < 0 || int_arg(ts, args[1], &b) < 0)
        return VAL_NULL;
    int r = dup2((int)a, (int)b);
    return r < 0 ? gilt_raise_errno(ts, errno, VAL_NULL) : INT_VAL(r);
}

static Value os_lseek(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    int64_t fd, pos, how;
    if (int_arg(ts, args[0], &fd) < 0 || int_arg(ts, args[1], &pos) < 0 ||
        int_arg(ts, args[2], &how) < 0)
        return VAL_NULL;
    off_t r = lseek((int)fd, (off_t)pos, (int)how);
    return r < 0 ? gilt_raise_errno(ts, errno, VAL_NULL) : gilt_int_from_i64(ts, r);
}

static Value os_isatty(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    int64_t fd;
    if (int_arg(ts, args[0], &fd) < 0)
        return VAL_NULL;
    return BOOL_VAL(isatty((int)fd));
}

static const GiltMethodDef posix_functions[] = {
    {"getpid", os_getpid, 0, 0, 0},
    {"getppid", os_getppid, 0, 0, 0},
    {"getuid", os_getuid, 0, 0, 0},
    {"geteuid", os_geteuid, 0, 0, 0},
    {"getgid", os_getgid, 0, 0, 0},
    {"getegid", os_getegid, 0, 0, 0},
    {"getlogin", os_getlogin, 0, 0, 0},
    {"cpu_count", os_cpu_count, 0, 0, 0},
    {"kill", os_kill, 2, 2, 0},
    {"_exit", os_exit_now, 1, 1, 0},
    {"system", os_system, 1, 1, 0},
    {"waitpid", os_waitpid, 2, 2, 0},
    {"waitstatus_to_exitcode", os_waitstatus_to_exitcode, 1, 1, 0},
    {"WIFEXITED", os_WIFEXITED, 1, 1, 0},
    {"WEXITSTATUS", os_WEXITSTATUS, 1, 1, 0},
    {"WIFSIGNALED", os_WIFSIGNALED, 1, 1, 0},
    {"WTERMSIG", os_WTERMSIG, 1, 1, 0},
    {"WIFSTOPPED", os_WIFSTOPPED, 1, 1, 0},
    {"times", os_times, 0, 0, 0},
    {"uname", os_uname, 0, 0, 0},
    {"get_terminal_size", os_get_terminal_size, 0, 1, 0},
    {"strerror", os_strerror, 1, 1, 0},
    {"urandom", os_urandom, 1, 1, 0},
    {"umask", os_umask, 1, 1, 0},
    {"fspath", os_fspath_fn, 0, 1, GILT_M_KW},
    {"putenv", os_putenv, 2, 2, 0},
    {"unsetenv", os_unsetenv, 1, 1, 0},
    {"_environ_dict", os_environ_dict, 0, 0, 0},
    {"open", os_open, 0, 3, GILT_M_KW},
    {"close", os_close, 1, 1, 0},
    {"read", os_read, 2, 2, 0},
    {"write", os_write, 2, 2, 0},
    {"pipe", os_pipe, 0, 0, 0},
    {"dup", os_dup, 1, 1, 0},
    {"dup2", os_dup2, 2, 2, 0},
    {"lseek", os_lseek, 3, 3, 0},
    {"isatty", os_isatty, 1, 1, 0},
    {NULL}};

static const struct {
    const char *name;
    int value;
} posix_constants[] = {
    {"O_RDONLY", O_RDONLY},     {"O_WRONLY", O_WRONLY},   {"O_RDWR", O_RDWR},
    {"O_APPEND", O_APPEND},     {"O_CREAT", O_CREAT},     {"O_EXCL", O_EXCL},
    {"O_TRUNC", O_TRUNC},       {"O_NONBLOCK", O_NONBLOCK}, {"O_CLOEXEC", O_CLOEXEC},
    {"O_NOCTTY", O_NOCTTY},     {"O_SYNC", O_SYNC},       {"O_DIRECTORY", O_DIRECTORY},
    {"SEEK_SET", SEEK_SET},     {"SEEK_CUR", SEEK_CUR},   {"SEEK_END", SEEK_END},
    {"F_OK", F_OK},             {"R_OK", R_OK},           {"W_OK", W_OK},
    {"X_OK", X_OK},             {"WNOHANG", WNOHANG},     {"WUNTRACED", WUNTRACED},
    {"EX_OK", 0},
};

static int posix_init(GiltThread *ts, Value m) {
    for (size_t i = 0; i < sizeof posix_constants / sizeof posix_constants[0]; i++)
        if (gilt_module_add_int(ts, m, posix_constants[i].name,
                                posix_constants[i].value) < 0)
            return -1;
    if (gilt_os_structseq_type(ts, m, &times_seq) < 0 ||
        gilt_os_structseq_type(ts, m, &uname_seq) < 0 ||
        gilt_os_structseq_type(ts, m, &termsize_seq) < 0)
        return -1;
    return gilt_os_fs_init(ts, m);
}

const GiltModuleDef gilt_module_posix = {
    .name = "posix",
    .doc = "POSIX system calls; use the os module instead.",
    .functions = posix_functions,
    .init = posix_init,
};
