/* os_fs.c - The posix module's file-system calls: stat, directories,
 * renaming and removing, the working directory, links and permissions.
 * Errors are CPython's OSError subclasses carrying the file name(s).
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../runtime/bytes.h"
#include "../runtime/dict.h"
#include "../runtime/float.h"
#include "../runtime/func.h"
#include "../runtime/int.h"
#include "../runtime/list.h"
#include "../runtime/str.h"
#include "../runtime/tuple.h"
#include "../vm/gc.h"
#include "os.h"

// The value a system call's result stands for in the caller's type: str
// when the path argument was str, bytes when it was bytes.
static Value path_result(GiltThread *ts, const char *s, size_t n, bool bytes) {
    if (bytes)
        return gilt_bytes_new(ts, s, n);
    return gilt_str_decode_utf8(ts, s, n, "surrogateescape");
}

// OSError for a two-path call: "[Errno 2] ...: 'a' -> 'b'".
static Value raise_errno2(GiltThread *ts, int err, Value a, Value b) {
    Value args[5] = {INT_VAL(err), gilt_str_from_cstr(ts, strerror(err)), a,
                     VAL_NONE, b};
    if (!args[1])
        return VAL_NULL;
    Value e = gilt_call(ts, OBJ_VAL(gilt_exc_type(ts, GILT_EXC_OS_ERROR)), args, 5,
                        NULL);
    return e ? gilt_raise_obj(ts, e) : VAL_NULL;
}

static int int_arg(GiltThread *ts, Value v, int64_t *out) {
    if (IS_FLOAT(v) || GILT_IS_SUB(ts, v, GILT_TF_FLOAT_SUB)) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "'%T' object cannot be interpreted as an integer", v);
        return -1;
    }
    return gilt_index(ts, v, out);
}

// follow_symlinks=True as a C bool: 1, 0, -1.
static int bool_kw(GiltThread *ts, Value v, bool dflt) {
    return v ? gilt_truthy(ts, v) : dflt;
}

// ---- stat --------------------------------------------------------------------------------

static const char *const stat_fields[] = {
    "st_mode",     "st_ino",      "st_dev",      "st_nlink",    "st_uid",
    "st_gid",      "st_size",     "st_atime",    "st_mtime",    "st_ctime",
    "st_atime",    "st_mtime",    "st_ctime",    "st_atime_ns", "st_mtime_ns",
    "st_ctime_ns", "st_blksize",  "st_blocks",   "st_rdev",     NULL};
static const GiltOsStructSeq stat_seq = {"stat_result", "os", "os.stat_result",
                                         stat_fields, 10};

static Value ts_float(struct timespec t) {
    return FLOAT_VAL((double)t.tv_sec + (double)t.tv_nsec * 1e-9);
}

static Value ts_ns(GiltThread *ts, struct timespec t) {
    Value s = gilt_int_from_i64(ts, (int64_t)t.tv_sec);
    Value big = s ? gilt_binop(ts, s, INT_VAL(1000000000), GILT_OP_MUL) : VAL_NULL;
    return big ? gilt_binop(ts, big, INT_VAL(t.tv_nsec), GILT_OP_ADD) : VAL_NULL;
}

static Value stat_result(GiltThread *ts, const struct stat *st) {
    Value v[18] = {
        INT_VAL(st->st_mode),  gilt_int_from_u64(ts, st->st_ino),
        gilt_int_from_u64(ts, st->st_dev), INT_VAL(st->st_nlink),
        INT_VAL(st->st_uid),   INT_VAL(st->st_gid),
        gilt_int_from_i64(ts, st->st_size), INT_VAL(st->st_atim.tv_sec),
        INT_VAL(st->st_mtim.tv_sec), INT_VAL(st->st_ctim.tv_sec),
        ts_float(st->st_atim), ts_float(st->st_mtim), ts_float(st->st_ctim),
        VAL_NULL, VAL_NULL, VAL_NULL,
        INT_VAL(st->st_blksize), gilt_int_from_i64(ts, st->st_blocks)};
    Value all[19];
    memcpy(all, v, sizeof v);
    // Big ints here are only reachable from this C array: no safe point
    // happens until the structseq holds them (allocation never collects).
    all[13] = ts_ns(ts, st->st_atim);
    all[14] = ts_ns(ts, st->st_mtim);
    all[15] = ts_ns(ts, st->st_ctim);
    all[18] = gilt_int_from_u64(ts, st->st_rdev);
    for (int i = 0; i < 19; i++)
        if (!all[i])
            return VAL_NULL;
    size_t mark = gilt_gc_roots_mark(ts);
    for (int i = 0; i < 19; i++)
        gilt_gc_push_root(ts, all[i]);
    Value r = gilt_os_structseq_new(ts, &stat_seq, all);
    gilt_gc_roots_restore(ts, mark);
    return r;
}

static Value do_stat(GiltThread *ts, Value *args, int nargs, GiltTuple *kw,
                     const char *fname, bool follow_default) {
    static const char *const names[] = {"path", "$dir_fd", "$follow_symlinks", NULL};
    Value a[3];
    GiltOsPath p;
    if (gilt_parse_args(ts, fname, args, nargs, kw, names, 1, a) < 0 ||
        gilt_os_path(ts, a[0], fname, GILT_OS_ALLOW_FD, &p) < 0)
        return VAL_NULL;
    int follow = bool_kw(ts, a[2], follow_default);
    if (follow < 0)
        return VAL_NULL;
    struct stat st;
    int r = p.fd >= 0 ? fstat(p.fd, &st) : follow ? stat(p.c, &st) : lstat(p.c, &st);
    if (r < 0)
        return gilt_raise_errno(ts, errno, p.fd >= 0 ? VAL_NULL : p.value);
    return stat_result(ts, &st);
}

static Value os_stat(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return do_stat(ts, args, nargs, kw, "stat", true);
}

static Value os_lstat(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return do_stat(ts, args, nargs, kw, "lstat", false);
}

static Value os_fstat(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    int64_t fd;
    struct stat st;
    if (int_arg(ts, args[0], &fd) < 0)
        return VAL_NULL;
    if (fstat((int)fd, &st) < 0)
        return gilt_raise_errno(ts, errno, VAL_NULL);
    return stat_result(ts, &st);
}

// ---- directories -------------------------------------------------------------------

static Value os_listdir(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    static const char *const names[] = {"path", NULL};
    Value a[1];
    GiltOsPath p;
    if (gilt_parse_args(ts, "listdir", args, nargs, kw, names, 0, a) < 0 ||
        gilt_os_path(ts, a[0] ? a[0] : VAL_NONE, "listdir",
                     GILT_OS_ALLOW_FD | GILT_OS_ALLOW_NONE, &p) < 0)
        return VAL_NULL;
    DIR *d = p.fd >= 0 ? fdopendir(dup(p.fd)) : opendir(p.c);
    if (!d)
        return gilt_raise_errno(ts, errno, p.fd >= 0 ? VAL_NULL : p.value);
    GiltList *l = gilt_list_new(ts, 0);
    if (!l)
        goto fail;
    gilt_gc_push_root(ts, OBJ_VAL(l));
    struct dirent *e;
    for (errno = 0; (e = readdir(d)); errno = 0) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        Value n = path_result(ts, e->d_name, strlen(e->d_name), p.bytes);
        if (!n || gilt_list_append(ts, l, n) < 0)
            goto fail;
    }
    if (errno) {
        gilt_raise_errno(ts, errno, p.value);
        goto fail;
    }
    closedir(d);
    return OBJ_VAL(l);
fail:
    closedir(d);
    return VAL_NULL;
}

static Value os_mkdir(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    static const char *const names[] = {"path", "mode", "$dir_fd", NULL};
    Value a[3];
    GiltOsPath p;
    int64_t mode = 0777;
    if (gilt_parse_args(ts, "mkdir", args, nargs, kw, names, 1, a) < 0 ||
        gilt_os_path(ts, a[0], "mkdir", 0, &p) < 0 || (a[1] && int_arg(ts, a[1], &mode) < 0))
        return VAL_NULL;
    if (mkdir(p.c, (mode_t)mode) < 0)
        return gilt_raise_errno(ts, errno, p.value);
    return VAL_NONE;
}

// One-path calls whose C function takes only the path.
static Value path_call(GiltThread *ts, Value *args, int nargs, GiltTuple *kw,
                       const char *fname, int (*fn)(const char *)) {
    static const char *const names[] = {"path", "$dir_fd", NULL};
    Value a[2];
    GiltOsPath p;
    if (gilt_parse_args(ts, fname, args, nargs, kw, names, 1, a) < 0 ||
        gilt_os_path(ts, a[0], fname, 0, &p) < 0)
        return VAL_NULL;
    if (fn(p.c) < 0)
        return gilt_raise_errno(ts, errno, p.value);
    return VAL_NONE;
}

static Value os_rmdir(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return path_call(ts, args, nargs, kw, "rmdir", rmdir);
}

static Value os_remove(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return path_call(ts, args, nargs, kw, "remove", unlink);
}

static Value os_unlink(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return path_call(ts, args, nargs, kw, "unlink", unlink);
}

static Value os_chdir(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    static const char *const names[] = {"path", NULL};
    Value a[1];
    GiltOsPath p;
    if (gilt_parse_args(ts, "chdir", args, nargs, kw, names, 1, a) < 0 ||
        gilt_os_path(ts, a[0], "chdir", GILT_OS_ALLOW_FD, &p) < 0)
        return VAL_NULL;
    if ((p.fd >= 0 ? fchdir(p.fd) : chdir(p.c)) < 0)
        return gilt_raise_errno(ts, errno, p.fd >= 0 ? VAL_NULL : p.value);
    return VAL_NONE;
}

static Value getcwd_as(GiltThread *ts, bool bytes) {
    char buf[PATH_MAX];
    if (!getcwd(buf, sizeof buf))
        return gilt_raise_errno(ts, errno, VAL_NULL);
    return path_result(ts, buf, strlen(buf), bytes);
}

static Value os_getcwd(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return getcwd_as(ts, false);
}

static Value os_getcwdb(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return getcwd_as(ts, true);
}

// ---- renaming and linking ---------------------------------------------------------

static Value two_paths(GiltThread *ts, Value *args, int nargs, GiltTuple *kw,
                       const char *fname, int (*fn)(const char *, const char *)) {
    static const char *const names[] = {"src", "dst", "$src_dir_fd", "$dst_dir_fd",
                                        NULL};
    Value a[4];
    GiltOsPath s, d;
    if (gilt_parse_args(ts, fname, args, nargs, kw, names, 2, a) < 0 ||
        gilt_os_path(ts, a[0], fname, 0, &s) < 0 || gilt_os_path(ts, a[1], fname, 0, &d) < 0)
        return VAL_NULL;
    if (fn(s.c, d.c) < 0)
        return raise_errno2(ts, errno, s.value, d.value);
    return VAL_NONE;
}

static Value os_rename(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return two_paths(ts, args, nargs, kw, "rename", rename);
}

static Value os_replace(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return two_paths(ts, args, nargs, kw, "replace", rename);
}

static Value os_link(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return two_paths(ts, args, nargs, kw, "link", link);
}

static Value os_symlink(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return two_paths(ts, args, nargs, kw, "symlink", symlink);
}

static Value os_readlink(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    static const char *const names[] = {"path", "$dir_fd", NULL};
    Value a[2];
    GiltOsPath p;
    if (gilt_parse_args(ts, "readlink", args, nargs, kw, names, 1, a) < 0 ||
        gilt_os_path(ts, a[0], "readlink", 0, &p) < 0)
        return VAL_NULL;
    char buf[PATH_MAX];
    ssize_t n = readlink(p.c, buf, sizeof buf);
    if (n < 0)
        return gilt_raise_errno(ts, errno, p.value);
    return path_result(ts, buf, (size_t)n, p.bytes);
}

// ---- permissions and times --------------------------------------------------------

static Value os_access(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    static const char *const names[] = {"path", "mode", "$dir_fd", "$effective_ids",
                                        "$follow_symlinks", NULL};
    Value a[5];
    GiltOsPath p;
    int64_t mode;
    if (gilt_parse_args(ts, "access", args, nargs, kw, names, 2, a) < 0 ||
        gilt_os_path(ts, a[0], "access", 0, &p) < 0 || int_arg(ts, a[1], &mode) < 0)
        return VAL_NULL;
    return BOOL_VAL(access(p.c, (int)mode) == 0);
}

static Value os_chmod(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    static const char *const names[] = {"path", "mode", "$dir_fd", "$follow_symlinks",
                                        NULL};
    Value a[4];
    GiltOsPath p;
    int64_t mode;
    if (gilt_parse_args(ts, "chmod", args, nargs, kw, names, 2, a) < 0 ||
        gilt_os_path(ts, a[0], "chmod", GILT_OS_ALLOW_FD, &p) < 0 ||
        int_arg(ts, a[1], &mode) < 0)
        return VAL_NULL;
    int r = p.fd >= 0 ? fchmod(p.fd, (mode_t)mode) : chmod(p.c, (mode_t)mode);
    if (r < 0)
        return gilt_raise_errno(ts, errno, p.fd >= 0 ? VAL_NULL : p.value);
    return VAL_NONE;
}

static int time_arg(GiltThread *ts, Value v, struct timespec *out) {
    double d;
    if (IS_INT(v)) {
        out->tv_sec = (time_t)AS_INT(v);
        out->tv_nsec = 0;
        return 0;
    }
    if (gilt_to_double(ts, v, &d) < 0)
        return -1;
    out->tv_sec = (time_t)d;
    out->tv_nsec = (long)((d - (double)out->tv_sec) * 1e9);
    if (out->tv_nsec < 0) {
        out->tv_sec -= 1;
        out->tv_nsec += 1000000000;
    }
    return 0;
}

static Value os_utime(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    static const char *const names[] = {"path", "times", "$ns", "$dir_fd",
                                        "$follow_symlinks", NULL};
    Value a[5];
    GiltOsPath p;
    if (gilt_parse_args(ts, "utime", args, nargs, kw, names, 1, a) < 0 ||
        gilt_os_path(ts, a[0], "utime", GILT_OS_ALLOW_FD, &p) < 0)
        return VAL_NULL;
    struct timespec t[2] = {{0, UTIME_NOW}, {0, UTIME_NOW}};
    if (a[1] && a[1] != VAL_NONE) {
        if (!GILT_IS(ts, a[1], TUPLE) || AS_TUPLE(a[1])->len != 2)
            return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                              "utime: 'times' must be either a tuple of two ints or None");
        if (time_arg(ts, AS_TUPLE(a[1])->items[0], &t[0]) < 0 ||
            time_arg(ts, AS_TUPLE(a[1])->items[1], &t[1]) < 0)
            return VAL_NULL;
    }
    int r = p.fd >= 0 ? futimens(p.fd, t) : utimensat(AT_FDCWD, p.c, t, 0);
    if (r < 0)
        return gilt_raise_errno(ts, errno, p.fd >= 0 ? VAL_NULL : p.value);
    return VAL_NONE;
}

static Value os_truncate(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltOsPath p;
    int64_t len;
    if (gilt_os_path(ts, args[0], "truncate", GILT_OS_ALLOW_FD, &p) < 0 ||
        int_arg(ts, args[1], &len) < 0)
        return VAL_NULL;
    int r = p.fd >= 0 ? ftruncate(p.fd, (off_t)len) : truncate(p.c, (off_t)len);
    if (r < 0)
        return gilt_raise_errno(ts, errno, p.fd >= 0 ? VAL_NULL : p.value);
    return VAL_NONE;
}

static Value os_fsync(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    int64_t fd;
    Value v = args[0];
    if (!IS_INT(v) && !gilt_is_int(ts, v)) {
        Value f = gilt_call_method(ts, v, gilt_str_intern_cstr(ts, "fileno"), NULL, 0);
        if (!f)
            return VAL_NULL;
        v = f;
    }
    if (int_arg(ts, v, &fd) < 0)
        return VAL_NULL;
    if (fsync((int)fd) < 0)
        return gilt_raise_errno(ts, errno, VAL_NULL);
    return VAL_NONE;
}

const GiltMethodDef gilt_os_fs_functions[] = {
    {"stat", os_stat, 0, 1, GILT_M_KW},
    {"lstat", os_lstat, 0, 1, GILT_M_KW},
    {"fstat", os_fstat, 1, 1, 0},
    {"listdir", os_listdir, 0, -1, GILT_M_KW},
    {"mkdir", os_mkdir, 0, 2, GILT_M_KW},
    {"rmdir", os_rmdir, 0, 1, GILT_M_KW},
    {"remove", os_remove, 0, 1, GILT_M_KW},
    {"unlink", os_unlink, 0, 1, GILT_M_KW},
    {"chdir", os_chdir, 0, 1, GILT_M_KW},
    {"getcwd", os_getcwd, 0, 0, 0},
    {"getcwdb", os_getcwdb, 0, 0, 0},
    {"rename", os_rename, 0, 2, GILT_M_KW},
    {"replace", os_replace, 0, 2, GILT_M_KW},
    {"link", os_link, 0, 2, GILT_M_KW},
    {"symlink", os_symlink, 0, 2, GILT_M_KW},
    {"readlink", os_readlink, 0, 1, GILT_M_KW},
    {"access", os_access, 0, 2, GILT_M_KW},
    {"chmod", os_chmod, 0, 2, GILT_M_KW},
    {"utime", os_utime, 0, 2, GILT_M_KW},
    {"truncate", os_truncate, 2, 2, 0},
    {"fsync", os_fsync, 1, 1, 0},
    {NULL}};

int gilt_os_fs_init(GiltThread *ts, Value module) {
    Value name = gilt_str_from_cstr(ts, "posix");
    if (!name)
        return -1;
    for (const GiltMethodDef *f = gilt_os_fs_functions; f->name; f++) {
        Value fn = gilt_native_new(ts, f, VAL_NULL, name);
        if (!fn || gilt_module_add(ts, module, f->name, fn) < 0)
            return -1;
    }
    return gilt_os_structseq_type(ts, module, &stat_seq);
}
