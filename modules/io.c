/* io.c - File objects over file descriptors: open(), the std streams, and
 * the io module.
 *
 * One object type family serves text (TextIOWrapper) and binary
 * (BufferedReader/Writer/Random) files: a raw read buffer and a write
 * buffer over the fd. Text files decode with the codecs module (UTF-8 by
 * default), translate \r\n and \r to \n on reading, and are line-buffered
 * on terminals (and for stderr), block-buffered otherwise, as CPython's.
 */
#include "io.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../runtime/bytes.h"
#include "../runtime/codecs.h"
#include "../runtime/dict.h"
#include "../runtime/func.h"
#include "../runtime/int.h"
#include "../runtime/list.h"
#include "../runtime/module.h"
#include "../runtime/tuple.h"
#include "../runtime/type.h"
#include "../vm/gc.h"
#include "blocking.h"

#define BUFSIZE 8192
#define AS_FILE(v) ((GiltFile *)AS_OBJ(v))

static bool is_file(GiltThread *ts, Value v);

// ---- raw I/O --------------------------------------------------------------------------

// Write with the GIL released, from a private copy: [p] may be the file's
// buffer or a bytearray's, which other threads can change meanwhile.
static int raw_write(GiltThread *ts, GiltFile *f, const char *p, size_t n) {
    if (!n)
        return 0;
    char *copy = malloc(n);
    if (!copy) {
        gilt_raise_nomem(ts);
        return -1;
    }
    memcpy(copy, p, n);
    int r = gilt_blocking_write_all(ts, f->fd, copy, n);
    free(copy);
    return r;
}

static int flush_file(GiltThread *ts, GiltFile *f) {
    if (!f->wlen)
        return 0;
    size_t n = f->wlen;
    f->wlen = 0;
    return raw_write(ts, f, f->wbuf, n);
}

// Add [n] bytes read to the end of f's read buffer, growing it if another
// thread filled it meanwhile.
static int append_read(GiltThread *ts, GiltFile *f, const char *p, size_t n) {
    if (f->rcap - f->rlen < n) {
        size_t cap = f->rlen + n;
        char *b = realloc(f->rbuf, cap);
        if (!b) {
            gilt_raise_nomem(ts);
            return -1;
        }
        f->rbuf = b;
        f->rcap = cap;
    }
    memcpy(f->rbuf + f->rlen, p, n);
    f->rlen += n;
    return 0;
}

// Read more raw bytes into the read buffer; 0 at end of file.
static ssize_t fill(GiltThread *ts, GiltFile *f) {
    if (f->rpos > 0 && f->rpos == f->rlen)
        f->rpos = f->rlen = 0;
    if (f->rlen == f->rcap) {
        if (f->rpos > 0) {
            memmove(f->rbuf, f->rbuf + f->rpos, f->rlen - f->rpos);
            f->rlen -= f->rpos;
            f->rpos = 0;
        } else {
            size_t cap = f->rcap ? f->rcap * 2 : BUFSIZE;
            char *b = realloc(f->rbuf, cap);
            if (!b) {
                gilt_raise_nomem(ts);
                return -1;
            }
            f->rbuf = b;
            f->rcap = cap;
        }
    }
    // Read into a private buffer with the GIL released; another thread
    // may use the file meanwhile, so its buffer is only touched after.
    size_t want = f->rcap - f->rlen;
    char *tmp = malloc(want);
    if (!tmp) {
        gilt_raise_nomem(ts);
        return -1;
    }
    ssize_t r = gilt_blocking_read(ts, f->fd, tmp, want);
    if (r > 0 && append_read(ts, f, tmp, (size_t)r) < 0)
        r = -1;
    free(tmp);
    if (r == 0)
        f->eof = true;
    return r;
}

static bool check_open(GiltThread *ts, GiltFile *f) {
    if (!f->closed)
        return true;
    gilt_raise(ts, GILT_EXC_VALUE_ERROR, "I/O operation on closed file.");
    return false;
}

static bool check_mode(GiltThread *ts, GiltFile *f, bool write) {
    if (!check_open(ts, f))
        return false;
    if (write ? f->writable : f->readable)
        return true;
    Value mod = gilt_str_from_cstr(ts, write ? "not writable" : "not readable");
    if (mod) {
        Value io = gilt_module_get(ts, OBJ_VAL(AS_OBJ(ts->vm->modules)), "io");
        (void)io;
        gilt_raise_value(ts, GILT_EXC_OS_ERROR, mod); // io.UnsupportedOperation
    }
    return false;
}

// ---- writing -------------------------------------------------------------------------------

static int buffered_write(GiltThread *ts, GiltFile *f, const char *p, size_t n) {
    if (f->wlen + n > f->wcap && f->wcap < BUFSIZE) {
        char *b = realloc(f->wbuf, BUFSIZE);
        if (!b) {
            gilt_raise_nomem(ts);
            return -1;
        }
        f->wbuf = b;
        f->wcap = BUFSIZE;
    }
    if (f->wlen + n > f->wcap) {
        if (flush_file(ts, f) < 0)
            return -1;
        if (n >= f->wcap)
            return raw_write(ts, f, p, n);
    }
    memcpy(f->wbuf + f->wlen, p, n);
    f->wlen += n;
    if (f->line_buffering && memchr(p, '\n', n))
        return flush_file(ts, f);
    return 0;
}

static int write_text(GiltThread *ts, GiltFile *f, GiltStr *s) {
    const char *enc = AS_STR(f->encoding)->data;
    bool utf8 = !strcmp(enc, "utf-8") || !strcmp(enc, "UTF-8") || !strcmp(enc, "utf8");
    if (utf8 && s->ascii)
        return buffered_write(ts, f, s->data, s->size);
    Value b = gilt_codec_encode(ts, s, enc, AS_STR(f->errors)->data);
    if (!b)
        return -1;
    return buffered_write(ts, f, AS_BYTES(b)->data, AS_BYTES(b)->size);
}

int gilt_io_write_buf(GiltThread *ts, Value file, GiltStrBuf *b) {
    if (is_file(ts, file) && !AS_FILE(file)->binary) {
        GiltFile *f = AS_FILE(file);
        int r = -1;
        if (check_mode(ts, f, true)) {
            Value s = gilt_str_new(ts, b->data, b->size);
            r = s ? write_text(ts, f, AS_STR(s)) : -1;
        }
        gilt_strbuf_free(ts, b);
        return r;
    }
    Value s = gilt_strbuf_finish(ts, b);
    if (!s)
        return -1;
    gilt_gc_push_root(ts, s);
    Value r = gilt_call_method(ts, file, GILT_NAME(ts, write), &s, 1);
    gilt_gc_pop_root(ts);
    return r ? 0 : -1;
}

static Value f_write(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltFile *f = AS_FILE(args[0]);
    if (!check_mode(ts, f, true))
        return VAL_NULL;
    if (f->binary) {
        GiltBuffer buf;
        if (!gilt_bytes_buffer(ts, args[1], &buf))
            return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                              "a bytes-like object is required, not '%T'", args[1]);
        return buffered_write(ts, f, buf.data, buf.size) < 0
                   ? VAL_NULL
                   : gilt_int_from_i64(ts, (int64_t)buf.size);
    }
    if (!GILT_IS_SUB(ts, args[1], GILT_TF_STR_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "write() argument must be str, not %T", args[1]);
    GiltStr *s = AS_STR(args[1]);
    return write_text(ts, f, s) < 0 ? VAL_NULL : gilt_int_from_i64(ts, (int64_t)s->len);
}

static Value f_writelines(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    Value it = gilt_iter(ts, args[1]);
    if (!it)
        return VAL_NULL;
    gilt_gc_push_root(ts, it);
    Value line;
    while ((line = gilt_next(ts, it))) {
        Value a[2] = {args[0], line};
        if (!f_write(ts, a, 2, NULL))
            return VAL_NULL;
    }
    return ts->exc ? VAL_NULL : VAL_NONE;
}

static Value f_flush(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltFile *f = AS_FILE(args[0]);
    if (!check_open(ts, f))
        return VAL_NULL;
    return flush_file(ts, f) < 0 ? VAL_NULL : VAL_NONE;
}

// ---- reading -------------------------------------------------------------------------------

// Translate \r\n and \r to \n in place; returns the new length. A final
// \r is kept when more input may follow (*pending).
static size_t translate_newlines(char *p, size_t n) {
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '\r') {
            p[o++] = '\n';
            if (i + 1 < n && p[i + 1] == '\n')
                i++;
        } else {
            p[o++] = p[i];
        }
    }
    return o;
}

static Value decode(GiltThread *ts, GiltFile *f, char *p, size_t n) {
    if (f->binary)
        return gilt_bytes_new(ts, p, n);
    if (f->translate && memchr(p, '\r', n))
        n = translate_newlines(p, n);
    return gilt_codec_decode(ts, p, n, AS_STR(f->encoding)->data,
                             AS_STR(f->errors)->data);
}

// Take [n] buffered bytes as a str/bytes.
static Value take(GiltThread *ts, GiltFile *f, size_t n) {
    Value r = decode(ts, f, f->rbuf + f->rpos, n);
    f->rpos += n;
    return r;
}

static Value read_all(GiltThread *ts, GiltFile *f) {
    for (;;) {
        ssize_t r = fill(ts, f);
        if (r < 0)
            return VAL_NULL;
        if (r == 0)
            break;
    }
    return take(ts, f, f->rlen - f->rpos);
}

// Bytes holding [chars] whole UTF-8 characters (or all there is).
static size_t utf8_prefix(const char *p, size_t n, int64_t chars) {
    size_t i = 0;
    for (int64_t c = 0; c < chars && i < n; c++) {
        unsigned char b = (unsigned char)p[i];
        size_t len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        if (i + len > n)
            break;
        i += len;
    }
    return i;
}

static Value read_n(GiltThread *ts, GiltFile *f, int64_t n) {
    for (;;) {
        size_t avail = f->rlen - f->rpos;
        size_t want = f->binary ? (size_t)n : utf8_prefix(f->rbuf + f->rpos, avail, n);
        if (avail >= (size_t)n && (f->binary || want >= (size_t)n || f->eof))
            return take(ts, f, f->binary ? (size_t)n : want);
        if (!f->binary && avail >= 4 * (size_t)n)
            return take(ts, f, want);
        ssize_t r = fill(ts, f);
        if (r < 0)
            return VAL_NULL;
        if (r == 0)
            return take(ts, f, f->rlen - f->rpos);
    }
}

static Value f_read(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltFile *f = AS_FILE(args[0]);
    if (!check_mode(ts, f, false) || flush_file(ts, f) < 0)
        return VAL_NULL;
    int64_t n = -1;
    if (nargs > 1 && args[1] != VAL_NONE && gilt_index(ts, args[1], &n) < 0)
        return VAL_NULL;
    return n < 0 ? read_all(ts, f) : read_n(ts, f, n);
}

// One line: up to and including the newline (\n, or \r / \r\n in text).
static Value read_line(GiltThread *ts, GiltFile *f, int64_t limit) {
    size_t scanned = 0;
    for (;;) {
        char *p = f->rbuf + f->rpos;
        size_t avail = f->rlen - f->rpos;
        for (size_t i = scanned; i < avail; i++) {
            if (limit >= 0 && i >= (size_t)limit)
                return take(ts, f, i);
            bool cr = p[i] == '\r' && !f->binary && f->translate;
            if (p[i] == '\n' || cr) {
                if (cr && i + 1 == avail && !f->eof) {
                    scanned = i;
                    goto more;
                }
                size_t end = i + 1 + (cr && i + 1 < avail && p[i + 1] == '\n');
                return take(ts, f, end);
            }
        }
        scanned = avail;
    more:;
        ssize_t r = fill(ts, f);
        if (r < 0)
            return VAL_NULL;
        if (r == 0)
            return take(ts, f, f->rlen - f->rpos);
    }
}

static Value f_readline(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltFile *f = AS_FILE(args[0]);
    if (!check_mode(ts, f, false) || flush_file(ts, f) < 0)
        return VAL_NULL;
    int64_t n = -1;
    if (nargs > 1 && args[1] != VAL_NONE && gilt_index(ts, args[1], &n) < 0)
        return VAL_NULL;
    return read_line(ts, f, n);
}

static bool empty_result(GiltThread *ts, Value v) {
    int64_t n = 1;
    gilt_len(ts, v, &n);
    return n == 0;
}

static Value f_readlines(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltFile *f = AS_FILE(args[0]);
    if (!check_mode(ts, f, false))
        return VAL_NULL;
    GiltList *l = gilt_list_new(ts, 0);
    if (!l)
        return VAL_NULL;
    gilt_gc_push_root(ts, OBJ_VAL(l));
    for (;;) {
        Value line = read_line(ts, f, -1);
        if (!line)
            return VAL_NULL;
        if (empty_result(ts, line))
            break;
        if (gilt_list_append(ts, l, line) < 0)
            return VAL_NULL;
    }
    return OBJ_VAL(l);
}

static Value f_iternext(GiltThread *ts, Value self) {
    GiltFile *f = AS_FILE(self);
    if (!check_mode(ts, f, false))
        return VAL_NULL;
    Value line = read_line(ts, f, -1);
    if (!line || !empty_result(ts, line))
        return line;
    return VAL_NULL;
}

// ---- the rest of the file protocol ------------------------------------------------------

static int close_file(GiltThread *ts, GiltFile *f) {
    if (f->closed)
        return 0;
    int r = flush_file(ts, f);
    f->closed = true;
    if (f->closefd && f->fd >= 0 && close(f->fd) < 0 && r == 0) {
        gilt_raise_errno(ts, errno, VAL_NULL);
        r = -1;
    }
    return r;
}

static Value f_close(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return close_file(ts, AS_FILE(args[0])) < 0 ? VAL_NULL : VAL_NONE;
}

static Value f_enter(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return check_open(ts, AS_FILE(args[0])) ? args[0] : VAL_NULL;
}

static Value f_exit(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return f_close(ts, args, 1, NULL);
}

static Value f_fileno(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltFile *f = AS_FILE(args[0]);
    return check_open(ts, f) ? INT_VAL(f->fd) : VAL_NULL;
}

static Value f_isatty(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltFile *f = AS_FILE(args[0]);
    return check_open(ts, f) ? BOOL_VAL(isatty(f->fd)) : VAL_NULL;
}

static Value f_readable(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltFile *f = AS_FILE(args[0]);
    return check_open(ts, f) ? BOOL_VAL(f->readable) : VAL_NULL;
}

static Value f_writable(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltFile *f = AS_FILE(args[0]);
    return check_open(ts, f) ? BOOL_VAL(f->writable) : VAL_NULL;
}

static Value f_seekable(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltFile *f = AS_FILE(args[0]);
    return check_open(ts, f) ? BOOL_VAL(lseek(f->fd, 0, SEEK_CUR) >= 0) : VAL_NULL;
}

static Value f_seek(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltFile *f = AS_FILE(args[0]);
    int64_t off, whence = 0;
    if (!check_open(ts, f) || gilt_index(ts, args[1], &off) < 0 ||
        (nargs > 2 && gilt_index(ts, args[2], &whence) < 0))
        return VAL_NULL;
    if (flush_file(ts, f) < 0)
        return VAL_NULL;
    if (whence == SEEK_CUR)
        off -= (int64_t)(f->rlen - f->rpos);
    off_t r = lseek(f->fd, (off_t)off, (int)whence);
    if (r < 0)
        return gilt_raise_errno(ts, errno, VAL_NULL);
    f->rpos = f->rlen = 0;
    f->eof = false;
    return gilt_int_from_i64(ts, (int64_t)r);
}

static Value f_tell(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltFile *f = AS_FILE(args[0]);
    if (!check_open(ts, f))
        return VAL_NULL;
    off_t r = lseek(f->fd, 0, SEEK_CUR);
    if (r < 0)
        return gilt_raise_errno(ts, errno, VAL_NULL);
    return gilt_int_from_i64(ts, (int64_t)r + (int64_t)f->wlen -
                                     (int64_t)(f->rlen - f->rpos));
}

static Value f_truncate(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltFile *f = AS_FILE(args[0]);
    if (!check_mode(ts, f, true) || flush_file(ts, f) < 0)
        return VAL_NULL;
    int64_t size;
    if (nargs > 1 && args[1] != VAL_NONE) {
        if (gilt_index(ts, args[1], &size) < 0)
            return VAL_NULL;
    } else {
        size = (int64_t)lseek(f->fd, 0, SEEK_CUR);
    }
    if (ftruncate(f->fd, (off_t)size) < 0)
        return gilt_raise_errno(ts, errno, VAL_NULL);
    return gilt_int_from_i64(ts, size);
}

static Value f_repr(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltFile *f = AS_FILE(args[0]);
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    gilt_strbuf_printf(ts, &b, "<_io.%s", gilt_type_name(ts, args[0]));
    if (f->closed) {
        gilt_strbuf_append_cstr(ts, &b, " [closed]>");
        return gilt_strbuf_finish(ts, &b);
    }
    gilt_strbuf_append_cstr(ts, &b, " name=");
    gilt_strbuf_append_repr(ts, &b, f->name);
    if (!f->binary) {
        gilt_strbuf_append_cstr(ts, &b, " mode=");
        gilt_strbuf_append_repr(ts, &b, f->mode);
        gilt_strbuf_append_cstr(ts, &b, " encoding=");
        gilt_strbuf_append_repr(ts, &b, f->encoding);
    }
    gilt_strbuf_append_char(ts, &b, '>');
    return gilt_strbuf_finish(ts, &b);
}

static const GiltMethodDef file_methods[] = {
    {"read", f_read, 0, 1, 0},
    {"readline", f_readline, 0, 1, 0},
    {"readlines", f_readlines, 0, 1, 0},
    {"write", f_write, 1, 1, 0},
    {"writelines", f_writelines, 1, 1, 0},
    {"flush", f_flush, 0, 0, 0},
    {"close", f_close, 0, 0, 0},
    {"fileno", f_fileno, 0, 0, 0},
    {"isatty", f_isatty, 0, 0, 0},
    {"readable", f_readable, 0, 0, 0},
    {"writable", f_writable, 0, 0, 0},
    {"seekable", f_seekable, 0, 0, 0},
    {"seek", f_seek, 1, 2, 0},
    {"tell", f_tell, 0, 0, 0},
    {"truncate", f_truncate, 0, 1, 0},
    {"__enter__", f_enter, 0, 0, 0},
    {"__exit__", f_exit, 0, -1, 0},
    {"__iter__", gilt_iter_self, 0, 0, 0},
    {"__repr__", f_repr, 0, 0, 0},
    {NULL}};

#define FIELD_GETTER(field)                                                    \
    static Value get_##field(GiltThread *ts, Value self) {                     \
        Value v = AS_FILE(self)->field;                                        \
        return v ? v : gilt_raise(ts, GILT_EXC_ATTRIBUTE_ERROR, #field);       \
    }
FIELD_GETTER(name)
FIELD_GETTER(mode)
FIELD_GETTER(encoding)
FIELD_GETTER(errors)
FIELD_GETTER(buffer)

static Value get_closed(GiltThread *ts, Value self) {
    return BOOL_VAL(AS_FILE(self)->closed);
}

static Value get_line_buffering(GiltThread *ts, Value self) {
    return BOOL_VAL(AS_FILE(self)->line_buffering);
}

static const GiltGetSetDef text_getsets[] = {
    {"name", get_name, NULL},         {"mode", get_mode, NULL},
    {"encoding", get_encoding, NULL}, {"errors", get_errors, NULL},
    {"closed", get_closed, NULL},     {"buffer", get_buffer, NULL},
    {"line_buffering", get_line_buffering, NULL},
    {NULL}};

static const GiltGetSetDef binary_getsets[] = {
    {"name", get_name, NULL}, {"mode", get_mode, NULL},
    {"closed", get_closed, NULL}, {NULL}};

static void file_trace(GiltGC *gc, GiltObject *o) {
    GiltFile *f = (GiltFile *)o;
    Value vs[] = {f->name, f->mode, f->encoding, f->errors, f->buffer};
    gilt_gc_mark_values(gc, vs, 5);
}

// Unreachable files are closed without flushing Python-visible state
// (a free hook may not run code); their unwritten bytes are written.
static void file_free(GiltVM *vm, GiltObject *o) {
    GiltFile *f = (GiltFile *)o;
    if (!f->closed) {
        if (f->wlen && write(f->fd, f->wbuf, f->wlen) < 0) {
            // Nothing to report to from here.
        }
        if (f->closefd && f->fd > 2)
            close(f->fd);
    }
    free(f->rbuf);
    free(f->wbuf);
}

// ---- types, open() -----------------------------------------------------------------------

enum { T_TEXT, T_READER, T_WRITER, T_RANDOM, T__COUNT };

static GiltType *file_type(GiltThread *ts, int which) {
    Value io = gilt_dict_get_str(ts, AS_DICT(ts->vm->modules),
                                 gilt_str_intern_cstr(ts, "_io"));
    if (!io)
        return NULL;
    static const char *const names[] = {"TextIOWrapper", "BufferedReader",
                                        "BufferedWriter", "BufferedRandom"};
    Value t = gilt_module_get(ts, io, names[which]);
    return t && gilt_is_type(t) ? AS_TYPE(t) : NULL;
}

static bool is_file(GiltThread *ts, Value v) {
    if (!IS_OBJ(v))
        return false;
    GiltType *t = AS_OBJ(v)->type;
    return t->trace == file_trace;
}

bool gilt_io_is_file(GiltThread *ts, Value v) {
    return is_file(ts, v);
}

static GiltFile *new_file(GiltThread *ts, int which, int fd) {
    GiltType *t = file_type(ts, which);
    if (!t) {
        gilt_raise(ts, GILT_EXC_RUNTIME_ERROR, "io is not initialised");
        return NULL;
    }
    GiltFile *f = gilt_gc_alloc(ts, t, sizeof(GiltFile));
    if (f)
        f->fd = fd;
    return f;
}

typedef struct {
    bool r, w, a, x, plus, b, t;
} Mode;

static bool parse_mode(GiltThread *ts, GiltStr *s, Mode *m) {
    memset(m, 0, sizeof *m);
    const char *why = NULL;
    for (size_t i = 0; i < s->size; i++) {
        bool *flag;
        switch (s->data[i]) {
        case 'r': flag = &m->r; break;
        case 'w': flag = &m->w; break;
        case 'a': flag = &m->a; break;
        case 'x': flag = &m->x; break;
        case '+': flag = &m->plus; break;
        case 'b': flag = &m->b; break;
        case 't': flag = &m->t; break;
        default: flag = NULL;
        }
        if (!flag || *flag)
            goto bad;
        *flag = true;
    }
    if (m->b && m->t)
        why = "can't have text and binary mode at once";
    else if (m->r + m->w + m->a + m->x > 1)
        why = "must have exactly one of create/read/write/append mode";
    else if (m->r + m->w + m->a + m->x == 0)
        why = "Must have exactly one of create/read/write/append mode and at "
              "most one plus";
    if (why) {
        gilt_raise(ts, GILT_EXC_VALUE_ERROR, "%s", why);
        return false;
    }
    return true;
bad:
    gilt_raise(ts, GILT_EXC_VALUE_ERROR, "invalid mode: '%s'", s->data);
    return false;
}

static int open_fd(GiltThread *ts, Value file, Mode *m) {
    int flags = m->plus ? O_RDWR : (m->r ? O_RDONLY : O_WRONLY);
    if (m->w)
        flags |= O_CREAT | O_TRUNC;
    if (m->a)
        flags |= O_CREAT | O_APPEND;
    if (m->x)
        flags |= O_CREAT | O_EXCL;
    int fd = open(AS_STR(file)->data, flags | O_CLOEXEC, 0666);
    if (fd < 0) {
        gilt_raise_errno(ts, errno, file);
        return -1;
    }
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        gilt_raise_errno(ts, EISDIR, file);
        return -1;
    }
    return fd;
}

static Value finish_open(GiltThread *ts, int fd, Value file, Value mode, Mode *m,
                         Value enc, Value errors, Value newline, bool closefd) {
    int which = !m->b ? T_TEXT : m->plus ? T_RANDOM : m->r ? T_READER : T_WRITER;
    GiltFile *f = new_file(ts, which, fd);
    if (!f) {
        if (closefd)
            close(fd);
        return VAL_NULL;
    }
    f->readable = m->r || m->plus;
    f->writable = !m->r || m->plus;
    f->appending = m->a;
    f->binary = m->b;
    f->closefd = closefd;
    f->name = file;
    f->mode = mode;
    f->line_buffering = isatty(fd);
    if (!m->b) {
        f->encoding = enc && enc != VAL_NONE ? enc : gilt_str_from_cstr(ts, "UTF-8");
        f->errors = errors && errors != VAL_NONE ? errors
                                                 : gilt_str_from_cstr(ts, "strict");
        f->translate = !newline || newline == VAL_NONE;
        if (!f->encoding || !f->errors)
            return VAL_NULL;
    }
    return OBJ_VAL(f);
}

static Value b_open(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    static const char *const names[] = {"file", "mode", "buffering", "encoding",
                                        "errors", "newline", "closefd", "opener",
                                        NULL};
    Value a[8];
    if (gilt_parse_args(ts, "open", args, nargs, kw, names, 1, a) < 0)
        return VAL_NULL;
    Value mode = a[1] ? a[1] : gilt_str_from_cstr(ts, "r");
    if (!mode || !GILT_IS_SUB(ts, mode, GILT_TF_STR_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "open() argument 'mode' must be str, not %T", mode);
    Mode m;
    if (!parse_mode(ts, AS_STR(mode), &m))
        return VAL_NULL;
    if (m.b && a[3] && a[3] != VAL_NONE)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                          "binary mode doesn't take an encoding argument");
    bool closefd = true;
    if (a[6]) {
        int t = gilt_truthy(ts, a[6]);
        if (t < 0)
            return VAL_NULL;
        closefd = t;
    }
    int fd;
    if (IS_INT(a[0])) {
        fd = (int)AS_INT(a[0]);
    } else if (GILT_IS_SUB(ts, a[0], GILT_TF_STR_SUB)) {
        if ((fd = open_fd(ts, a[0], &m)) < 0)
            return VAL_NULL;
    } else {
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "expected str, bytes or os.PathLike object, not %T", a[0]);
    }
    return finish_open(ts, fd, a[0], mode, &m, a[3], a[4], a[5], closefd);
}

const GiltMethodDef gilt_io_builtins[] = {{"open", b_open, 0, -1, GILT_M_KW},
                                          {NULL}};

Value gilt_io_std_stream(GiltThread *ts, int fd, const char *name,
                         bool readable, bool writable) {
    Mode m = {.r = readable, .w = writable};
    Value mode = gilt_str_from_cstr(ts, readable ? "r" : "w");
    Value nm = gilt_str_from_cstr(ts, name);
    if (!mode || !nm)
        return VAL_NULL;
    Value f = finish_open(ts, fd, nm, mode, &m, VAL_NULL, VAL_NULL, VAL_NULL, false);
    if (!f)
        return VAL_NULL;
    GiltFile *file = AS_FILE(f);
    // stderr is line-buffered even when not a terminal (CPython 3.9+).
    if (fd == 2)
        file->line_buffering = true;
    if (!(file->errors = gilt_str_from_cstr(ts, fd == 2 ? "backslashreplace"
                                                        : "strict")))
        return VAL_NULL;
    Mode bm = {.r = readable, .w = writable, .b = true};
    gilt_gc_push_root(ts, f);
    Value raw = finish_open(ts, fd, nm, mode, &bm, VAL_NULL, VAL_NULL, VAL_NULL, false);
    gilt_gc_pop_root(ts);
    if (!raw)
        return VAL_NULL;
    file->buffer = raw;
    return f;
}

void gilt_io_flush_std(GiltThread *ts) {
    const char *names[] = {"stdout", "stderr"};
    Value saved = gilt_exc_fetch(ts);
    for (int i = 0; i < 2 && ts->vm->sys; i++) {
        Value f = gilt_module_get(ts, ts->vm->sys, names[i]);
        if (!f || f == VAL_NONE)
            continue;
        if (is_file(ts, f)) {
            GiltFile *file = AS_FILE(f);
            if (!file->closed)
                flush_file(ts, file);
            if (file->buffer && !AS_FILE(file->buffer)->closed)
                flush_file(ts, AS_FILE(file->buffer));
        } else {
            gilt_call_method(ts, f, GILT_NAME(ts, flush), NULL, 0);
        }
        gilt_exc_clear(ts);
    }
    gilt_exc_restore(ts, saved);
}

static int io_init(GiltThread *ts, Value m) {
    static const char *const names[] = {"TextIOWrapper", "BufferedReader",
                                        "BufferedWriter", "BufferedRandom"};
    for (int i = 0; i < T__COUNT; i++) {
        GiltTypeSpec spec = {
            .name = names[i],
            .module = "_io",
            .basicsize = sizeof(GiltFile),
            .methods = file_methods,
            .getsets = i == T_TEXT ? text_getsets : binary_getsets,
            .iternext = f_iternext,
            .trace = file_trace,
            .free = file_free,
        };
        GiltType *t = gilt_type_from_spec(ts, &spec, GILT_T__COUNT);
        if (!t || gilt_module_add_type(ts, m, t) < 0)
            return -1;
    }
    Value open = gilt_native_new(ts, &gilt_io_builtins[0], VAL_NULL, AS_MODULE(m)->name);
    if (!open || gilt_module_add(ts, m, "open", open) < 0 ||
        gilt_module_add_int(ts, m, "DEFAULT_BUFFER_SIZE", BUFSIZE) < 0 ||
        gilt_module_add_int(ts, m, "SEEK_SET", 0) < 0 ||
        gilt_module_add_int(ts, m, "SEEK_CUR", 1) < 0 ||
        gilt_module_add_int(ts, m, "SEEK_END", 2) < 0)
        return -1;
    Value exc = OBJ_VAL(ts->vm->exc_types[GILT_EXC_OS_ERROR]);
    return gilt_module_add(ts, m, "UnsupportedOperation", exc);
}

const GiltModuleDef gilt_module_io = {
    .name = "_io",
    .doc = "File objects over file descriptors.",
    .init = io_init,
};
