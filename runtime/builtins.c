/* builtins.c - The builtins module: the core functions (print, len,
 * isinstance, getattr, iter, next, exec, eval, __build_class__, ...), plus
 * the function tables other files contribute (numbers, iteration, import),
 * the builtin types and exceptions by name, and the constants.
 */
#include <stdio.h>

#include "../modules/io.h"
#include "../vm/code.h"
#include "../vm/compiler.h"
#include "../vm/frame.h"
#include "../vm/gc.h"
#include "../vm/import.h"
#include "../vm/interp.h"
#include "../vm/interp_ops.h"
#include "builtins.h"
#include "dict.h"
#include "func.h"
#include "gen.h"
#include "int.h"
#include "iter.h"
#include "list.h"
#include "module.h"
#include "numbers.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

// ---- output -------------------------------------------------------------------------

static Value get_std(GiltThread *ts, const char *name) {
    Value s = ts->vm->sys ? gilt_module_get(ts, ts->vm->sys, name) : VAL_NULL;
    if (!s)
        return gilt_raise(ts, GILT_EXC_RUNTIME_ERROR, "lost sys.%s", name);
    return s;
}

static bool opt_str(GiltThread *ts, Value v, const char *what) {
    if (!v || v == VAL_NONE || GILT_IS_SUB(ts, v, GILT_TF_STR_SUB))
        return true;
    gilt_raise(ts, GILT_EXC_TYPE_ERROR, "%s must be None or a string, not %T",
               what, v);
    return false;
}

// print() to an object that is not a gilt file: one write() per piece, as
// CPython does (a custom file sees each argument, separator and end).
static Value print_pieces(GiltThread *ts, Value file, Value *args, int nargs,
                          Value *o) {
    Value sep = o[0] && o[0] != VAL_NONE ? o[0] : gilt_str_from_cstr(ts, " ");
    Value end = o[1] && o[1] != VAL_NONE ? o[1] : gilt_str_from_cstr(ts, "\n");
    if (!sep || !end)
        return VAL_NULL;
    gilt_gc_push_root(ts, sep);
    gilt_gc_push_root(ts, end);
    GiltStr *w = GILT_NAME(ts, write);
    for (int i = 0; i < nargs; i++) {
        if (i && !gilt_call_method(ts, file, w, &sep, 1))
            return VAL_NULL;
        Value s = gilt_str(ts, args[i]);
        if (!s || !gilt_call_method(ts, file, w, &s, 1))
            return VAL_NULL;
    }
    if (!gilt_call_method(ts, file, w, &end, 1))
        return VAL_NULL;
    if (o[3] && o[3] != VAL_NONE) {
        int t = gilt_truthy(ts, o[3]);
        if (t < 0 || (t && !gilt_call_method(ts, file, GILT_NAME(ts, flush), NULL, 0)))
            return VAL_NULL;
    }
    return VAL_NONE;
}

static Value b_print(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    static const char *const names[] = {"*", "$sep", "$end", "$file", "$flush",
                                        NULL};
    Value o[4] = {VAL_NULL, VAL_NULL, VAL_NULL, VAL_NULL};
    size_t nkw = kw ? kw->len : 0;
    if (nkw && gilt_parse_args(ts, "print", args + nargs, 0, kw, names, 0, o) < 0)
        return VAL_NULL;
    if (!opt_str(ts, o[0], "sep") || !opt_str(ts, o[1], "end"))
        return VAL_NULL;
    Value file = o[2] && o[2] != VAL_NONE ? o[2] : get_std(ts, "stdout");
    if (!file)
        return VAL_NULL;
    if (file == VAL_NONE)
        return VAL_NONE;
    if (!gilt_io_is_file(ts, file))
        return print_pieces(ts, file, args, nargs, o);
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    for (int i = 0; i < nargs; i++) {
        if (i) {
            if (o[0] && o[0] != VAL_NONE)
                gilt_strbuf_append_str(ts, &b, AS_STR(o[0]));
            else
                gilt_strbuf_append_char(ts, &b, ' ');
        }
        if (!gilt_strbuf_append_strof(ts, &b, args[i])) {
            gilt_strbuf_free(ts, &b);
            return VAL_NULL;
        }
    }
    if (o[1] && o[1] != VAL_NONE)
        gilt_strbuf_append_str(ts, &b, AS_STR(o[1]));
    else
        gilt_strbuf_append_char(ts, &b, '\n');
    gilt_gc_push_root(ts, file);
    int r = gilt_io_write_buf(ts, file, &b);
    if (r == 0 && o[3] && o[3] != VAL_NONE) {
        int t = gilt_truthy(ts, o[3]);
        if (t < 0 || (t && !gilt_call_method(ts, file, GILT_NAME(ts, flush), NULL, 0)))
            r = -1;
    }
    return r < 0 ? VAL_NULL : VAL_NONE;
}

static Value b_input(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    Value out = get_std(ts, "stdout"), in = get_std(ts, "stdin");
    if (!out || !in)
        return VAL_NULL;
    if (nargs) {
        Value s = gilt_str(ts, args[0]);
        if (!s || !gilt_call_method(ts, out, GILT_NAME(ts, write), &s, 1))
            return VAL_NULL;
    }
    if (!gilt_call_method(ts, out, GILT_NAME(ts, flush), NULL, 0))
        return VAL_NULL;
    Value line = gilt_call_method(ts, in, GILT_NAME(ts, readline), NULL, 0);
    if (!line)
        return VAL_NULL;
    if (!GILT_IS_SUB(ts, line, GILT_TF_STR_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "object.readline() returned non-string");
    GiltStr *s = AS_STR(line);
    if (s->size == 0)
        return gilt_raise(ts, GILT_EXC_EOF_ERROR, "EOF when reading a line");
    size_t n = s->size;
    if (s->data[n - 1] == '\n')
        n--;
    return gilt_str_new(ts, s->data, n);
}

// ---- objects and types ------------------------------------------------------------------

static Value b_len(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    int64_t n;
    return gilt_len(ts, args[0], &n) < 0 ? VAL_NULL : gilt_int_from_i64(ts, n);
}

static Value b_repr(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return gilt_repr(ts, args[0]);
}

static Value b_ascii(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return gilt_ascii(ts, args[0]);
}

static Value b_id(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    Value v = args[0];
    uint64_t id = IS_OBJ(v) ? (uint64_t)(uintptr_t)AS_OBJ(v) : (v >> 3);
    return gilt_int_from_u64(ts, id);
}

static Value b_hash(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    int64_t h;
    return gilt_hash(ts, args[0], &h) < 0 ? VAL_NULL : gilt_int_from_i64(ts, h);
}

static Value b_callable(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return BOOL_VAL(gilt_callable(ts, args[0]));
}

// isinstance(v, cls) where cls may be a tuple or define __instancecheck__.
static int isinstance_rec(GiltThread *ts, Value v, Value cls, int depth) {
    if (gilt_is_type(cls) && gilt_typeof(ts, cls) == GILT_TYPE(ts, TYPE))
        return gilt_isinstance_type(ts, v, AS_TYPE(cls));
    if (GILT_IS_SUB(ts, cls, GILT_TF_TUPLE_SUB)) {
        GiltTuple *t = AS_TUPLE(cls);
        for (size_t i = 0; i < t->len; i++) {
            int r = depth > 100 ? -1 : isinstance_rec(ts, v, t->items[i], depth + 1);
            if (r)
                return r;
        }
        return 0;
    }
    bool found;
    Value r = gilt_call_dunder(ts, cls, GILT_NAME(ts, __instancecheck__), &v, 1,
                               &found);
    if (found)
        return r ? gilt_truthy(ts, r) : -1;
    gilt_raise(ts, GILT_EXC_TYPE_ERROR,
               "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
}

static Value b_isinstance(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    int r = isinstance_rec(ts, args[0], args[1], 0);
    return r < 0 ? VAL_NULL : BOOL_VAL(r);
}

static int issubclass_rec(GiltThread *ts, Value c, Value cls, int depth) {
    if (gilt_is_type(cls) && gilt_typeof(ts, cls) == GILT_TYPE(ts, TYPE)) {
        if (!gilt_is_type(c)) {
            gilt_raise(ts, GILT_EXC_TYPE_ERROR, "issubclass() arg 1 must be a class");
            return -1;
        }
        return gilt_is_subtype(AS_TYPE(c), AS_TYPE(cls));
    }
    if (GILT_IS_SUB(ts, cls, GILT_TF_TUPLE_SUB)) {
        GiltTuple *t = AS_TUPLE(cls);
        for (size_t i = 0; i < t->len; i++) {
            int r = depth > 100 ? -1 : issubclass_rec(ts, c, t->items[i], depth + 1);
            if (r)
                return r;
        }
        return 0;
    }
    bool found;
    Value r = gilt_call_dunder(ts, cls, GILT_NAME(ts, __subclasscheck__), &c, 1,
                               &found);
    if (found)
        return r ? gilt_truthy(ts, r) : -1;
    gilt_raise(ts, GILT_EXC_TYPE_ERROR,
               "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return -1;
}

static Value b_issubclass(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    int r = issubclass_rec(ts, args[0], args[1], 0);
    return r < 0 ? VAL_NULL : BOOL_VAL(r);
}

static GiltStr *attr_name(GiltThread *ts, Value v, const char *fn) {
    (void)fn;
    if (!GILT_IS_SUB(ts, v, GILT_TF_STR_SUB)) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "attribute name must be string, not '%T'", v);
        return NULL;
    }
    return gilt_str_intern(ts, AS_STR(v));
}

static Value b_getattr(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltStr *n = attr_name(ts, args[1], "getattr");
    if (!n)
        return VAL_NULL;
    if (nargs < 3)
        return gilt_getattr(ts, args[0], n);
    Value v = gilt_getattr_opt(ts, args[0], n);
    return v || ts->exc ? v : args[2];
}

static Value b_setattr(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltStr *n = attr_name(ts, args[1], "setattr");
    return n && gilt_setattr(ts, args[0], n, args[2]) == 0 ? VAL_NONE : VAL_NULL;
}

static Value b_delattr(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltStr *n = attr_name(ts, args[1], "delattr");
    return n && gilt_delattr(ts, args[0], n) == 0 ? VAL_NONE : VAL_NULL;
}

static Value b_hasattr(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltStr *n = attr_name(ts, args[1], "hasattr");
    if (!n)
        return VAL_NULL;
    Value v = gilt_getattr_opt(ts, args[0], n);
    return v ? VAL_TRUE : ts->exc ? VAL_NULL : VAL_FALSE;
}

static Value b_chr(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    int64_t i;
    if (gilt_index(ts, args[0], &i) < 0)
        return VAL_NULL;
    if (i < 0 || i > 0x10FFFF)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR, "chr() arg not in range(0x110000)");
    return gilt_str_from_codepoint(ts, (uint32_t)i);
}

static Value b_ord(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    Value v = args[0];
    if (GILT_IS_SUB(ts, v, GILT_TF_STR_SUB)) {
        GiltStr *s = AS_STR(v);
        if (s->len != 1)
            return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                              "ord() expected a character, but string of length "
                              "%zu found",
                              s->len);
        size_t pos = 0;
        return INT_VAL(gilt_utf8_decode(s->data, &pos));
    }
    int64_t n;
    if ((GILT_IS_SUB(ts, v, GILT_TF_BYTES_SUB) || GILT_IS(ts, v, BYTEARRAY)) &&
        gilt_len(ts, v, &n) == 0) {
        if (n != 1)
            return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                              "ord() expected a character, but string of length "
                              "%lld found",
                              (long long)n);
        return gilt_getitem(ts, v, INT_VAL(0));
    }
    return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                      "ord() expected string of length 1, but %T found", v);
}

static Value b_format(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    Value spec = nargs > 1 ? args[1] : ts->vm->empty_str;
    if (!GILT_IS_SUB(ts, spec, GILT_TF_STR_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "format() argument 2 must be str, not %T", spec);
    return gilt_format(ts, args[0], spec);
}

static Value b_iter(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    if (nargs == 1)
        return gilt_iter(ts, args[0]);
    if (!gilt_callable(ts, args[0]))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "iter(v, w): v must be callable");
    return gilt_calliter_new(ts, args[0], args[1]);
}

static Value b_next(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    Value it = args[0];
    GiltType *t = gilt_typeof(ts, it);
    if (!t->iternext && !gilt_type_lookup(ts, t, GILT_NAME(ts, __next__)))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "'%T' object is not an iterator",
                          it);
    Value v = GILT_IS(ts, it, GENERATOR) && nargs == 1 ? gilt_gen_next(ts, it)
                                                       : gilt_next(ts, it);
    if (v)
        return v;
    if (ts->exc) {
        if (nargs > 1 && gilt_exc_matches(ts, GILT_EXC_STOP_ITERATION)) {
            gilt_exc_clear(ts);
            return args[1];
        }
        return VAL_NULL;
    }
    if (nargs > 1)
        return args[1];
    return gilt_raise_value(ts, GILT_EXC_STOP_ITERATION, VAL_NULL);
}

// ---- namespaces ------------------------------------------------------------------------

static GiltFrame *caller(GiltThread *ts) {
    return ts->frame;
}

// The future features exec/eval/compile inherit from the calling code.
static int inherited_futures(GiltThread *ts) {
    GiltFrame *f = caller(ts);
    return f ? (int)(f->code->flags & GILT_CO_FUTURE_ANNOTATIONS) : 0;
}

static Value b_globals(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltFrame *f = caller(ts);
    return f ? OBJ_VAL(f->globals) : VAL_NONE;
}

Value gilt_frame_locals(GiltThread *ts, GiltFrame *f) {
    if (!f)
        return VAL_NONE;
    if (!(f->code->flags & GILT_CO_OPTIMIZED))
        return f->locals ? f->locals : OBJ_VAL(f->globals);
    GiltCode *co = f->code;
    GiltDict *d = gilt_dict_new(ts);
    if (!d)
        return VAL_NULL;
    for (uint32_t i = 0; i < co->nlocals; i++) {
        Value v = f->slots[i];
        bool is_cell = false;
        for (uint32_t c = 0; co->cell2arg && c < co->ncells; c++)
            if (co->cell2arg[c] == (int32_t)i)
                is_cell = true;
        if (v && !is_cell && gilt_dict_set(ts, d, co->varnames->items[i], v) < 0)
            return VAL_NULL;
    }
    for (uint32_t i = 0; i < co->ncells + co->nfree; i++) {
        Value cell = f->slots[co->nlocals + i];
        Value v = cell ? AS_CELL(cell)->value : VAL_NULL;
        Value name = i < co->ncells ? co->cellvars->items[i]
                                    : co->freevars->items[i - co->ncells];
        if (v && gilt_dict_set(ts, d, name, v) < 0)
            return VAL_NULL;
    }
    return OBJ_VAL(d);
}

static Value b_locals(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return gilt_frame_locals(ts, caller(ts));
}

static Value b_vars(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    if (!nargs)
        return gilt_frame_locals(ts, caller(ts));
    Value d = gilt_getattr_opt(ts, args[0], GILT_NAME(ts, __dict__));
    if (!d && !ts->exc)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "vars() argument must have __dict__ attribute");
    return d;
}

static Value b_dir(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    Value names;
    if (!nargs) {
        Value l = gilt_frame_locals(ts, caller(ts));
        names = l ? gilt_list_from_iterable(ts, l) : VAL_NULL;
    } else {
        bool found;
        Value r = gilt_call_dunder(ts, args[0], GILT_NAME(ts, __dir__), NULL, 0, &found);
        names = r ? gilt_list_from_iterable(ts, r) : VAL_NULL;
    }
    if (!names)
        return VAL_NULL;
    gilt_gc_push_root(ts, names);
    int r = gilt_list_sort(ts, AS_LIST(names), VAL_NULL, false);
    gilt_gc_pop_root(ts);
    return r < 0 ? VAL_NULL : names;
}

// ---- code execution ----------------------------------------------------------------------

static const char *source_text(GiltThread *ts, Value src, size_t *size,
                               const char *fn) {
    if (GILT_IS_SUB(ts, src, GILT_TF_STR_SUB)) {
        *size = AS_STR(src)->size;
        return AS_STR(src)->data;
    }
    if (GILT_IS_SUB(ts, src, GILT_TF_BYTES_SUB)) {
        Value s = gilt_call_method(ts, src, GILT_NAME(ts, decode), NULL, 0);
        if (!s)
            return NULL;
        gilt_gc_push_root(ts, s);
        *size = AS_STR(s)->size;
        return AS_STR(s)->data;
    }
    gilt_raise(ts, GILT_EXC_TYPE_ERROR,
               "%s() arg 1 must be a string, bytes or code object", fn);
    return NULL;
}

static Value run_source(GiltThread *ts, Value *args, int nargs, GiltTuple *kw,
                        const char *fn, AstMode mode) {
    static const char *const names[] = {"source", "globals", "locals", NULL};
    Value a[3];
    if (gilt_parse_args(ts, fn, args, nargs, kw, names, 1, a) < 0)
        return VAL_NULL;
    GiltFrame *f = caller(ts);
    Value g = a[1] && a[1] != VAL_NONE ? a[1] : (f ? OBJ_VAL(f->globals) : VAL_NULL);
    if (!g || !GILT_IS_SUB(ts, g, GILT_TF_DICT_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "%s() globals must be a dict", fn);
    Value l = a[2] && a[2] != VAL_NONE ? a[2] : VAL_NULL;
    if (!l && !(a[1] && a[1] != VAL_NONE))
        l = f ? gilt_frame_locals(ts, f) : VAL_NULL;
    if (l == g)
        l = VAL_NULL;
    GiltDict *gd = AS_DICT(g);
    if (!gilt_dict_get_str(ts, gd, GILT_NAME(ts, __builtins__)) &&
        gilt_dict_set_str(ts, gd, GILT_NAME(ts, __builtins__),
                          gilt_dict_get_str(ts, AS_DICT(ts->vm->modules),
                                            gilt_str_intern_cstr(ts, "builtins"))) < 0)
        return VAL_NULL;
    GiltCode *code;
    if (GILT_IS(ts, a[0], CODE)) {
        code = AS_CODE(a[0]);
    } else {
        size_t size;
        const char *src = source_text(ts, a[0], &size, fn);
        if (!src)
            return VAL_NULL;
        // eval() ignores leading spaces and tabs, as CPython does.
        while (mode == AST_MODE_EVAL && size && (*src == ' ' || *src == '\t'))
            src++, size--;
        code = gilt_compile(ts, src, size, "<string>", mode,
                            GILT_COMPILE_NAME_OPS | inherited_futures(ts));
        if (!code)
            return VAL_NULL;
    }
    gilt_gc_push_root(ts, OBJ_VAL(code));
    if (l)
        gilt_gc_push_root(ts, l);
    Value r = gilt_eval_code(ts, code, gd, l);
    return r && mode == AST_MODE_FILE ? VAL_NONE : r;
}

static Value b_exec(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return run_source(ts, args, nargs, kw, "exec", AST_MODE_FILE);
}

static Value b_eval(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return run_source(ts, args, nargs, kw, "eval", AST_MODE_EVAL);
}

static Value b_compile(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    static const char *const names[] = {"source", "filename", "mode", "flags",
                                        "dont_inherit", "optimize", NULL};
    Value a[6];
    if (gilt_parse_args(ts, "compile", args, nargs, kw, names, 3, a) < 0)
        return VAL_NULL;
    size_t size;
    const char *src = source_text(ts, a[0], &size, "compile");
    if (!src)
        return VAL_NULL;
    if (!GILT_IS_SUB(ts, a[1], GILT_TF_STR_SUB) || !GILT_IS_SUB(ts, a[2], GILT_TF_STR_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "compile() filename and mode must be str");
    const char *m = AS_STR(a[2])->data;
    AstMode mode = !strcmp(m, "exec")     ? AST_MODE_FILE
                   : !strcmp(m, "eval")   ? AST_MODE_EVAL
                   : !strcmp(m, "single") ? AST_MODE_SINGLE
                                          : (AstMode)-1;
    if ((int)mode < 0)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                          "compile() mode must be 'exec', 'eval' or 'single'");
    int64_t flags = 0;
    if (a[3] && gilt_index(ts, a[3], &flags) < 0)
        return VAL_NULL;
    if (flags & 0x400)
        return gilt_raise(ts, GILT_EXC_NOT_IMPLEMENTED_ERROR,
                          "compile() to an AST (ast.PyCF_ONLY_AST) is not "
                          "supported by gilt");
    int64_t dont_inherit = 0;
    if (a[4] && gilt_index(ts, a[4], &dont_inherit) < 0)
        return VAL_NULL;
    int futures = (int)(flags & GILT_COMPILE_FUTURE_ANNOTATIONS);
    if (!dont_inherit)
        futures |= inherited_futures(ts);
    GiltCode *code = gilt_compile(ts, src, size, AS_STR(a[1])->data, mode,
                                  GILT_COMPILE_NAME_OPS | futures);
    return code ? OBJ_VAL(code) : VAL_NULL;
}

// ---- classes -------------------------------------------------------------------------------

// Run a class body function with [ns] as its namespace.
static Value run_class_body(GiltThread *ts, Value func, Value ns) {
    GiltFunction *fn = AS_FUNCTION(func);
    GiltFrame *f = gilt_frame_for_call(ts, fn, NULL, 0, NULL);
    if (!f)
        return VAL_NULL;
    f->locals = ns;
    f->prev = ts->frame;
    ts->frame = f;
    return gilt_eval_run(ts, f);
}

// PEP 560: bases that are not classes but have __mro_entries__ (list[int],
// typing.Generic[T]) are replaced by what it returns. NULL on error;
// [bases] itself when nothing changed.
static GiltTuple *resolve_bases(GiltThread *ts, GiltTuple *bases) {
    GiltList *out = NULL;
    for (size_t i = 0; i < bases->len; i++) {
        Value b = bases->items[i];
        Value meth = gilt_is_type(b) ? VAL_NULL
                                     : gilt_getattr_opt(ts, b, GILT_NAME(ts, __mro_entries__));
        if (!meth && ts->exc)
            return NULL;
        if (!meth) {
            if (out && gilt_list_append(ts, out, b) < 0)
                return NULL;
            continue;
        }
        if (!out) {
            if (!(out = gilt_list_from(ts, bases->items, i)))
                return NULL;
            gilt_gc_push_root(ts, OBJ_VAL(out));
        }
        gilt_gc_push_root(ts, meth);
        Value r = gilt_call1(ts, meth, OBJ_VAL(bases));
        if (!r)
            return NULL;
        if (!GILT_IS(ts, r, TUPLE)) {
            gilt_raise(ts, GILT_EXC_TYPE_ERROR, "__mro_entries__ must return a tuple");
            return NULL;
        }
        for (size_t k = 0; k < AS_TUPLE(r)->len; k++)
            if (gilt_list_append(ts, out, AS_TUPLE(r)->items[k]) < 0)
                return NULL;
    }
    return out ? gilt_tuple_from(ts, out->items, out->len) : bases;
}

static Value b_build_class(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    if (nargs < 2 || !GILT_IS(ts, args[0], FUNCTION))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "__build_class__: func must be a function");
    if (!GILT_IS_SUB(ts, args[1], GILT_TF_STR_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "__build_class__: name is not a string");
    size_t mark = gilt_gc_roots_mark(ts);
    GiltTuple *orig_bases = gilt_tuple_from(ts, args + 2, (size_t)nargs - 2);
    if (!orig_bases)
        return VAL_NULL;
    gilt_gc_push_root(ts, OBJ_VAL(orig_bases));
    GiltTuple *bases = resolve_bases(ts, orig_bases);
    if (!bases)
        return VAL_NULL;
    gilt_gc_push_root(ts, OBJ_VAL(bases));
    // Split off metaclass= from the other class keywords.
    size_t nkw = kw ? kw->len : 0;
    Value meta = VAL_NULL;
    Value kwv[16];
    Value kwn[16];
    int n = 0;
    for (size_t i = 0; i < nkw; i++) {
        if (gilt_str_eq_cstr(AS_STR(kw->items[i]), "metaclass")) {
            meta = args[nargs + i];
        } else if (n < 16) {
            kwn[n] = kw->items[i];
            kwv[n++] = args[nargs + i];
        }
    }
    GiltTuple *names = n ? gilt_tuple_from(ts, kwn, (size_t)n) : NULL;
    if (n && !names)
        return VAL_NULL;
    if (names)
        gilt_gc_push_root(ts, OBJ_VAL(names));
    if (!meta)
        meta = bases->len ? OBJ_VAL(gilt_typeof(ts, bases->items[0]))
                          : OBJ_VAL(GILT_TYPE(ts, TYPE));
    if (gilt_is_type(meta)) {
        GiltType *w = gilt_type_winner(ts, AS_TYPE(meta), bases);
        if (!w)
            return VAL_NULL;
        meta = OBJ_VAL(w);
    }
    gilt_gc_push_root(ts, meta);
    Value prep = gilt_getattr_opt(ts, meta, GILT_NAME(ts, __prepare__));
    Value ns;
    if (prep) {
        Value pa[2 + 16] = {args[1], OBJ_VAL(bases)};
        memcpy(pa + 2, kwv, (size_t)n * sizeof(Value));
        ns = gilt_call(ts, prep, pa, 2, names);
    } else {
        ns = ts->exc ? VAL_NULL : OBJ_VAL(gilt_dict_new(ts));
    }
    if (!ns)
        return VAL_NULL;
    gilt_gc_push_root(ts, ns);
    Value cell = run_class_body(ts, args[0], ns);
    if (!cell)
        return VAL_NULL;
    gilt_gc_push_root(ts, cell);
    if (bases != orig_bases &&
        gilt_setitem(ts, ns, OBJ_VAL(gilt_str_intern_cstr(ts, "__orig_bases__")),
                     OBJ_VAL(orig_bases)) < 0)
        return VAL_NULL;
    Value ca[3 + 16] = {args[1], OBJ_VAL(bases), ns};
    memcpy(ca + 3, kwv, (size_t)n * sizeof(Value));
    Value cls = gilt_call(ts, meta, ca, 3, names);
    if (cls && GILT_IS(ts, cell, CELL) && AS_CELL(cell)->value != cls) {
        if (gilt_is_type(cls) && !AS_CELL(cell)->value)
            AS_CELL(cell)->value = cls;
        else
            cls = gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                             "__class__ set to %R defining %R as %R",
                             AS_CELL(cell)->value, args[1], cls);
    }
    gilt_gc_roots_restore(ts, mark);
    return cls;
}

// ---- exit() / quit() -------------------------------------------------------------------------

static Value b_exit(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    Value in = gilt_module_get(ts, ts->vm->sys, "stdin");
    if (in) {
        Value c = gilt_getattr_opt(ts, in, GILT_NAME(ts, close));
        if (c)
            gilt_call0(ts, c);
        gilt_exc_clear(ts);
    }
    return gilt_raise_value(ts, GILT_EXC_SYSTEM_EXIT, nargs ? args[0] : VAL_NULL);
}

static const GiltMethodDef core_builtins[] = {
    {"print", b_print, 0, -1, GILT_M_KW},
    {"input", b_input, 0, 1, 0},
    {"len", b_len, 1, 1, 0},
    {"repr", b_repr, 1, 1, 0},
    {"ascii", b_ascii, 1, 1, 0},
    {"id", b_id, 1, 1, 0},
    {"hash", b_hash, 1, 1, 0},
    {"callable", b_callable, 1, 1, 0},
    {"isinstance", b_isinstance, 2, 2, 0},
    {"issubclass", b_issubclass, 2, 2, 0},
    {"getattr", b_getattr, 2, 3, 0},
    {"setattr", b_setattr, 3, 3, 0},
    {"delattr", b_delattr, 2, 2, 0},
    {"hasattr", b_hasattr, 2, 2, 0},
    {"chr", b_chr, 1, 1, 0},
    {"ord", b_ord, 1, 1, 0},
    {"format", b_format, 1, 2, 0},
    {"iter", b_iter, 1, 2, 0},
    {"next", b_next, 1, 2, 0},
    {"globals", b_globals, 0, 0, 0},
    {"locals", b_locals, 0, 0, 0},
    {"vars", b_vars, 0, 1, 0},
    {"dir", b_dir, 0, 1, 0},
    {"exec", b_exec, 1, 3, GILT_M_KW},
    {"eval", b_eval, 1, 3, GILT_M_KW},
    {"compile", b_compile, 0, -1, GILT_M_KW},
    {"__build_class__", b_build_class, 2, -1, GILT_M_KW},
    {NULL}};

static const GiltMethodDef exit_defs[] = {{"exit", b_exit, 0, 1, 0},
                                          {"quit", b_exit, 0, 1, 0},
                                          {NULL}};

// ---- the module -------------------------------------------------------------------------------

static const GiltMethodDef *const tables[] = {
    core_builtins, gilt_number_builtins, gilt_iter_builtins,
    gilt_import_builtins, gilt_io_builtins,
};

static int add_table(GiltThread *ts, Value m, const GiltMethodDef *defs) {
    for (const GiltMethodDef *d = defs; d->name; d++) {
        Value fn = gilt_native_new(ts, d, VAL_NULL, AS_MODULE(m)->name);
        if (!fn || gilt_module_add(ts, m, d->name, fn) < 0)
            return -1;
    }
    return 0;
}

static int add_types(GiltThread *ts, Value m) {
    static const GiltTypeId ids[] = {
        GILT_T_OBJECT,  GILT_T_TYPE,         GILT_T_INT,        GILT_T_BOOL,
        GILT_T_FLOAT,   GILT_T_COMPLEX,      GILT_T_STR,        GILT_T_BYTES,
        GILT_T_BYTEARRAY, GILT_T_LIST,       GILT_T_TUPLE,      GILT_T_DICT,
        GILT_T_SET,     GILT_T_FROZENSET,    GILT_T_RANGE,      GILT_T_SLICE,
        GILT_T_PROPERTY, GILT_T_STATICMETHOD, GILT_T_CLASSMETHOD, GILT_T_SUPER,
        GILT_T_ENUMERATE, GILT_T_ZIP,        GILT_T_MAP,        GILT_T_FILTER,
        GILT_T_REVERSED};
    for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++) {
        GiltType *t = ts->vm->types[ids[i]];
        if (t->name && gilt_module_add(ts, m, t->name->data, OBJ_VAL(t)) < 0)
            return -1;
    }
    for (int i = 0; i < GILT_EXC__COUNT; i++) {
        GiltType *t = ts->vm->exc_types[i];
        if (gilt_module_add(ts, m, t->name->data, OBJ_VAL(t)) < 0)
            return -1;
    }
    // EnvironmentError and IOError are OSError.
    Value os = OBJ_VAL(ts->vm->exc_types[GILT_EXC_OS_ERROR]);
    return gilt_module_add(ts, m, "EnvironmentError", os) < 0 ||
                   gilt_module_add(ts, m, "IOError", os) < 0
               ? -1
               : 0;
}

static int add_constants(GiltThread *ts, Value m) {
    return gilt_module_add(ts, m, "None", VAL_NONE) < 0 ||
                   gilt_module_add(ts, m, "True", VAL_TRUE) < 0 ||
                   gilt_module_add(ts, m, "False", VAL_FALSE) < 0 ||
                   gilt_module_add(ts, m, "Ellipsis", VAL_ELLIPSIS) < 0 ||
                   gilt_module_add(ts, m, "NotImplemented", VAL_NOTIMPL) < 0 ||
                   gilt_module_add(ts, m, "__debug__", VAL_TRUE) < 0
               ? -1
               : 0;
}

int gilt_builtins_init(GiltThread *ts) {
    Value m = gilt_module_new(ts, "builtins");
    if (!m)
        return -1;
    GiltVM *vm = ts->vm;
    vm->builtins = OBJ_VAL(AS_MODULE(m)->dict);
    GiltDict *modules = gilt_dict_new(ts);
    if (!modules)
        return -1;
    vm->modules = OBJ_VAL(modules);
    if (gilt_dict_set_cstr(ts, modules, "builtins", m) < 0)
        return -1;
    for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++)
        if (add_table(ts, m, tables[i]) < 0)
            return -1;
    return add_types(ts, m) < 0 || add_constants(ts, m) < 0 ||
                   add_table(ts, m, exit_defs) < 0
               ? -1
               : 0;
}
