/* traceback.c - Traceback objects and CPython 3.11's traceback format:
 *
 *   Traceback (most recent call last):
 *     File "t.py", line 4, in <module>
 *       f()
 *     File "t.py", line 2, in f
 *       return 1 / 0
 *              ~~^~~
 *   ZeroDivisionError: division by zero
 *
 * Source lines are read from the file when printing. Three identical
 * consecutive entries are followed by "[Previous line repeated N more
 * times]" instead of the rest, and chained exceptions are printed first.
 */
#include <stdio.h>
#include <unistd.h>

#include "../vm/code.h"
#include "../vm/gc.h"
#include "dict.h"
#include "frameobj.h"
#include "list.h"
#include "module.h"
#include "str.h"
#include "suggest.h"
#include "traceback.h"
#include "tuple.h"
#include "type.h"

int gilt_traceback_add(GiltThread *ts, GiltCode *code, GiltDict *globals,
                       uint32_t lasti) {
    Value exc = ts->exc;
    if (!exc || exc == ts->vm->memory_error)
        return 0;
    GiltException *e = (GiltException *)AS_OBJ(exc);
    GiltTraceback *tb = gilt_gc_alloc(ts, GILT_TYPE(ts, TRACEBACK),
                                      sizeof(GiltTraceback));
    if (!tb) {
        // Keep the original exception rather than MemoryError.
        ts->exc = exc;
        return -1;
    }
    tb->next = e->traceback;
    tb->code = code;
    tb->globals = globals;
    tb->lasti = lasti;
    e->traceback = OBJ_VAL(tb);
    return 0;
}

// ---- source lines ----------------------------------------------------------------

// Line [lineno] of file [path] into [buf] without its newline; false if
// it cannot be read.
static bool read_line(const char *path, int lineno, char *buf, size_t cap) {
    if (path[0] == '<')
        return false;
    FILE *f = fopen(path, "r");
    if (!f)
        return false;
    int n = 1;
    bool ok = false;
    while (fgets(buf, (int)cap, f)) {
        size_t len = strlen(buf);
        bool whole = len && buf[len - 1] == '\n';
        if (n == lineno) {
            while (len && (buf[len - 1] == '\n' || buf[len - 1] == '\r'))
                buf[--len] = 0;
            ok = true;
            break;
        }
        if (whole)
            n++;
    }
    fclose(f);
    return ok;
}

// Characters (code points) in the first [bytes] bytes of [s].
static size_t char_width(const char *s, size_t bytes) {
    size_t w = 0;
    for (size_t i = 0; i < bytes && s[i]; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            w++;
    return w;
}

static void append_source(GiltThread *ts, GiltStrBuf *b, const char *file,
                          GiltLoc loc) {
    char line[1024];
    if (loc.line <= 0 || !read_line(file, loc.line, line, sizeof line))
        return;
    size_t len = strlen(line), start = 0;
    while (start < len && (line[start] == ' ' || line[start] == '\t' ||
                           line[start] == '\f'))
        start++;
    while (len > start && (line[len - 1] == ' ' || line[len - 1] == '\t'))
        len--;
    if (start == len)
        return;
    gilt_strbuf_append_cstr(ts, b, "    ");
    gilt_strbuf_append(ts, b, line + start, len - start);
    gilt_strbuf_append_char(ts, b, '\n');
    if (loc.col < 0)
        return;
    size_t col = (size_t)loc.col;
    size_t end = loc.end_line == loc.line ? (size_t)loc.end_col : len;
    if (end > len)
        end = len;
    // 3.11 draws carets only when the span is narrower than the line.
    if (col <= start && end >= len)
        return;
    if (col < start || end <= col)
        return;
    gilt_strbuf_append_cstr(ts, b, "    ");
    size_t pad = char_width(line + start, col - start);
    size_t width = char_width(line + col, end - col);
    for (size_t i = 0; i < pad; i++)
        gilt_strbuf_append_char(ts, b, ' ');
    for (size_t i = 0; i < width; i++)
        gilt_strbuf_append_char(ts, b, '^');
    gilt_strbuf_append_char(ts, b, '\n');
}

// ---- formatting --------------------------------------------------------------------

static void append_entry(GiltThread *ts, GiltStrBuf *b, GiltTraceback *tb) {
    GiltLoc loc = gilt_code_loc(tb->code, tb->lasti);
    gilt_strbuf_printf(ts, b, "  File \"%s\", line %d, in %s\n",
                       tb->code->filename->data, (int)loc.line,
                       tb->code->name->data);
    append_source(ts, b, tb->code->filename->data, loc);
}

static bool same_entry(GiltTraceback *a, GiltTraceback *b) {
    return a && b && a->code == b->code &&
           gilt_code_loc(a->code, a->lasti).line ==
               gilt_code_loc(b->code, b->lasti).line;
}

static void append_traceback(GiltThread *ts, GiltStrBuf *b, Value tbv) {
    if (!GILT_IS(ts, tbv, TRACEBACK))
        return;
    gilt_strbuf_append_cstr(ts, b, "Traceback (most recent call last):\n");
    GiltTraceback *prev = NULL;
    int repeat = 0;
    for (; GILT_IS(ts, tbv, TRACEBACK);
         tbv = ((GiltTraceback *)AS_OBJ(tbv))->next) {
        GiltTraceback *tb = (GiltTraceback *)AS_OBJ(tbv);
        if (same_entry(prev, tb)) {
            if (++repeat >= 3)
                continue;
        } else {
            if (repeat >= 3)
                gilt_strbuf_printf(ts, b,
                                   "  [Previous line repeated %d more time%s]\n",
                                   repeat - 2, repeat - 2 == 1 ? "" : "s");
            repeat = 0;
        }
        append_entry(ts, b, tb);
        prev = tb;
    }
    if (repeat >= 3)
        gilt_strbuf_printf(ts, b, "  [Previous line repeated %d more time%s]\n",
                           repeat - 2, repeat - 2 == 1 ? "" : "s");
}

static Value exc_attr(GiltThread *ts, Value exc, const char *name) {
    GiltStr *n = gilt_str_intern_cstr(ts, name);
    Value v = n ? gilt_getattr_opt(ts, exc, n) : VAL_NULL;
    if (!v) {
        gilt_exc_clear(ts);
        return VAL_NONE;
    }
    return v;
}

static void append_syntax_error(GiltThread *ts, GiltStrBuf *b, Value exc) {
    Value fn = exc_attr(ts, exc, "filename"), line = exc_attr(ts, exc, "lineno");
    Value text = exc_attr(ts, exc, "text"), off = exc_attr(ts, exc, "offset");
    Value end = exc_attr(ts, exc, "end_offset");
    Value endline = exc_attr(ts, exc, "end_lineno");
    gilt_strbuf_printf(ts, b, "  File \"%s\", line %lld\n",
                       GILT_IS_SUB(ts, fn, GILT_TF_STR_SUB) ? AS_STR(fn)->data
                                                            : "<string>",
                       IS_INT(line) ? (long long)AS_INT(line) : 0LL);
    if (!GILT_IS_SUB(ts, text, GILT_TF_STR_SUB))
        return;
    const char *t = AS_STR(text)->data;
    size_t len = strlen(t), start = 0;
    while (len && (t[len - 1] == '\n' || t[len - 1] == '\r' || t[len - 1] == ' '))
        len--;
    while (start < len && (t[start] == ' ' || t[start] == '\t' || t[start] == '\f'))
        start++;
    gilt_strbuf_append_cstr(ts, b, "    ");
    gilt_strbuf_append(ts, b, t + start, len - start);
    gilt_strbuf_append_char(ts, b, '\n');
    if (!IS_INT(off) || AS_INT(off) < 1)
        return;
    // offset/end_offset count characters, 1-based.
    int64_t o = AS_INT(off) - 1 - (int64_t)char_width(t, start);
    int64_t e = IS_INT(end) && AS_INT(end) > AS_INT(off) &&
                        (!IS_INT(endline) || AS_INT(endline) == AS_INT(line))
                    ? AS_INT(end) - 1 - (int64_t)char_width(t, start)
                    : o + 1;
    if (o < 0)
        o = 0;
    gilt_strbuf_append_cstr(ts, b, "    ");
    for (int64_t i = 0; i < o; i++)
        gilt_strbuf_append_char(ts, b, ' ');
    for (int64_t i = o; i < e; i++)
        gilt_strbuf_append_char(ts, b, '^');
    gilt_strbuf_append_char(ts, b, '\n');
}

static void append_exc_line(GiltThread *ts, GiltStrBuf *b, Value exc) {
    GiltType *t = gilt_typeof(ts, exc);
    Value mod = gilt_dict_get_str(ts, t->dict, GILT_NAME(ts, __module__));
    if (mod && GILT_IS_SUB(ts, mod, GILT_TF_STR_SUB) &&
        !gilt_str_eq_cstr(AS_STR(mod), "__main__") &&
        !gilt_str_eq_cstr(AS_STR(mod), "builtins")) {
        gilt_strbuf_append_str(ts, b, AS_STR(mod));
        gilt_strbuf_append_char(ts, b, '.');
    }
    gilt_strbuf_append_str(ts, b, t->qualname);
    bool syntax = gilt_isinstance_type(
        ts, exc, ts->vm->exc_types[GILT_EXC_SYNTAX_ERROR]);
    Value s = syntax ? exc_attr(ts, exc, "msg") : gilt_str(ts, exc);
    if (!s || !GILT_IS_SUB(ts, s, GILT_TF_STR_SUB)) {
        gilt_exc_clear(ts);
        gilt_strbuf_append_cstr(ts, b, ": <exception str() failed>");
    } else if (AS_STR(s)->size) {
        gilt_strbuf_append_cstr(ts, b, ": ");
        gilt_strbuf_append_str(ts, b, AS_STR(s));
        GiltStr *hint = gilt_suggest(ts, exc);
        if (hint) {
            gilt_strbuf_append_cstr(ts, b, ". Did you mean: '");
            gilt_strbuf_append_str(ts, b, hint);
            gilt_strbuf_append_cstr(ts, b, "'?");
        }
    }
    gilt_strbuf_append_char(ts, b, '\n');
    Value notes = exc_attr(ts, exc, "__notes__");
    if (GILT_IS(ts, notes, LIST))
        for (size_t i = 0; i < AS_LIST(notes)->len; i++) {
            if (!gilt_strbuf_append_strof(ts, b, AS_LIST(notes)->items[i]))
                gilt_exc_clear(ts);
            gilt_strbuf_append_char(ts, b, '\n');
        }
}

static void append_chain(GiltThread *ts, GiltStrBuf *b, Value exc, int depth) {
    GiltException *e = (GiltException *)AS_OBJ(exc);
    if (depth < 100) {
        if (e->cause != VAL_NONE && gilt_is_exception(ts, e->cause)) {
            append_chain(ts, b, e->cause, depth + 1);
            gilt_strbuf_append_cstr(ts, b,
                                    "\nThe above exception was the direct cause "
                                    "of the following exception:\n\n");
        } else if (e->context != VAL_NONE && !e->suppress_context &&
                   gilt_is_exception(ts, e->context)) {
            append_chain(ts, b, e->context, depth + 1);
            gilt_strbuf_append_cstr(ts, b,
                                    "\nDuring handling of the above exception, "
                                    "another exception occurred:\n\n");
        }
    }
    append_traceback(ts, b, e->traceback);
    if (gilt_isinstance_type(ts, exc, ts->vm->exc_types[GILT_EXC_SYNTAX_ERROR]))
        append_syntax_error(ts, b, exc);
    append_exc_line(ts, b, exc);
}

Value gilt_exc_format(GiltThread *ts, Value exc) {
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    if (gilt_is_exception(ts, exc))
        append_chain(ts, &b, exc, 0);
    return gilt_strbuf_finish(ts, &b);
}

void gilt_write_stderr(GiltThread *ts, const char *data, size_t size) {
    Value saved = gilt_exc_fetch(ts);
    Value err = VAL_NULL;
    if (ts->vm->sys)
        err = gilt_module_get(ts, ts->vm->sys, "stderr");
    Value s = err && err != VAL_NONE ? gilt_str_new(ts, data, size) : VAL_NULL;
    if (!s || !gilt_call_method(ts, err, GILT_NAME(ts, write), &s, 1)) {
        gilt_exc_clear(ts);
        GiltConfig *c = &ts->vm->config;
        if (c->write)
            c->write(ts->vm, GILT_STDERR, data, size, c->user);
        else if (write(2, data, size) < 0) {
            // Nowhere left to report to.
        }
    } else {
        Value fl = gilt_getattr_opt(ts, err, GILT_NAME(ts, flush));
        if (fl)
            gilt_call0(ts, fl);
        gilt_exc_clear(ts);
    }
    gilt_exc_restore(ts, saved);
}

void gilt_exc_report_unraisable(GiltThread *ts, const char *what, Value obj) {
    Value exc = gilt_exc_fetch(ts);
    if (!exc || gilt_isinstance_type(ts, exc, ts->vm->exc_types[GILT_EXC_SYSTEM_EXIT]))
        return;
    gilt_gc_push_root(ts, exc);
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    gilt_strbuf_append_cstr(ts, &b, what);
    if (!gilt_strbuf_append_repr(ts, &b, obj))
        gilt_exc_clear(ts);
    gilt_strbuf_append_char(ts, &b, '\n');
    Value head = gilt_strbuf_finish(ts, &b);
    if (head)
        gilt_write_stderr(ts, AS_STR(head)->data, AS_STR(head)->size);
    gilt_exc_clear(ts);
    gilt_exc_print(ts, exc);
    gilt_exc_clear(ts);
    gilt_gc_pop_root(ts);
}

void gilt_exc_print(GiltThread *ts, Value exc) {
    gilt_gc_push_root(ts, exc);
    Value text = gilt_exc_format(ts, exc);
    if (text) {
        gilt_gc_push_root(ts, text);
        gilt_write_stderr(ts, AS_STR(text)->data, AS_STR(text)->size);
        gilt_gc_pop_root(ts);
    } else {
        gilt_exc_clear(ts);
    }
    gilt_gc_pop_root(ts);
}

// ---- the traceback type ---------------------------------------------------------------

#define AS_TB(v) ((GiltTraceback *)AS_OBJ(v))

static Value tb_get_next(GiltThread *ts, Value self) {
    (void)ts;
    return AS_TB(self)->next;
}

static Value tb_get_lineno(GiltThread *ts, Value self) {
    (void)ts;
    return INT_VAL(gilt_code_loc(AS_TB(self)->code, AS_TB(self)->lasti).line);
}

static Value tb_get_lasti(GiltThread *ts, Value self) {
    (void)ts;
    return INT_VAL((int64_t)AS_TB(self)->lasti * 2);
}

static Value tb_get_frame(GiltThread *ts, Value self) {
    GiltTraceback *tb = AS_TB(self);
    return gilt_frameobj_new(ts, tb->code, tb->globals, tb->lasti, VAL_NULL, VAL_NULL);
}

static const GiltGetSetDef tb_getsets[] = {{"tb_next", tb_get_next, NULL},
                                           {"tb_frame", tb_get_frame, NULL},
                                           {"tb_lineno", tb_get_lineno, NULL},
                                           {"tb_lasti", tb_get_lasti, NULL},
                                           {NULL}};

static void tb_trace(GiltGC *gc, GiltObject *o) {
    GiltTraceback *tb = (GiltTraceback *)o;
    gilt_gc_mark(gc, tb->next);
    gilt_gc_mark_obj(gc, (GiltObject *)tb->code);
    gilt_gc_mark_obj(gc, (GiltObject *)tb->globals);
}

int gilt_traceback_init_types(GiltThread *ts) {
    static const GiltTypeSpec spec = {
        .name = "traceback",
        .basicsize = sizeof(GiltTraceback),
        .getsets = tb_getsets,
        .trace = tb_trace,
    };
    return gilt_type_from_spec(ts, &spec, GILT_T_TRACEBACK) ? 0 : -1;
}
