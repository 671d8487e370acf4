/* frameobj.c - Frame objects as scripts see them (tb.tb_frame, gen.gi_frame,
 * sys._getframe()): a view of a code object's execution state. A frame
 * object of a suspended generator reads the live frame; the others are
 * snapshots (code, globals, instruction, and the locals when known).
 */
#include "../vm/code.h"
#include "../vm/frame.h"
#include "../vm/gc.h"
#include "builtins.h"
#include "dict.h"
#include "frameobj.h"
#include "gen.h"
#include "str.h"
#include "traceback.h"
#include "type.h"

typedef struct GiltFrameObj {
    GiltObject obj;
    GiltCode *code;
    GiltDict *globals;
    Value locals; // snapshot, or VAL_NULL
    Value gen;    // the generator whose live frame this is, or VAL_NULL
    uint32_t lasti;
} GiltFrameObj;

#define AS_FRAMEOBJ(v) ((GiltFrameObj *)AS_OBJ(v))

Value gilt_frameobj_new(GiltThread *ts, GiltCode *code, GiltDict *globals,
                        uint32_t lasti, Value locals, Value gen) {
    GiltFrameObj *f = gilt_gc_alloc(ts, GILT_TYPE(ts, FRAME), sizeof(GiltFrameObj));
    if (!f)
        return VAL_NULL;
    f->code = code;
    f->globals = globals;
    f->lasti = lasti;
    f->locals = locals;
    f->gen = gen;
    return OBJ_VAL(f);
}

Value gilt_frameobj_from_live(GiltThread *ts, GiltFrame *f) {
    Value locals = gilt_frame_locals(ts, f);
    if (!locals)
        return VAL_NULL;
    uint32_t lasti = f->ip > f->code->code ? (uint32_t)(f->ip - f->code->code) - 1 : 0;
    return gilt_frameobj_new(ts, f->code, f->globals, lasti, locals, VAL_NULL);
}

// The live generator frame, while the generator is not finished.
static GiltFrame *live(GiltThread *ts, GiltFrameObj *f) {
    if (!f->gen)
        return NULL;
    GiltGen *g = AS_GEN(f->gen);
    return g->state == GEN_CLOSED ? NULL : g->frame;
}

static Value get_code(GiltThread *ts, Value self) {
    return OBJ_VAL(AS_FRAMEOBJ(self)->code);
}

static Value get_globals(GiltThread *ts, Value self) {
    return OBJ_VAL(AS_FRAMEOBJ(self)->globals);
}

static Value get_locals(GiltThread *ts, Value self) {
    GiltFrameObj *f = AS_FRAMEOBJ(self);
    GiltFrame *lf = live(ts, f);
    if (lf)
        return gilt_frame_locals(ts, lf);
    if (f->locals)
        return f->locals;
    GiltDict *d = gilt_dict_new(ts);
    return d ? OBJ_VAL(d) : VAL_NULL;
}

static Value get_lineno(GiltThread *ts, Value self) {
    GiltFrameObj *f = AS_FRAMEOBJ(self);
    GiltFrame *lf = live(ts, f);
    uint32_t at = f->lasti;
    if (lf && lf->ip > lf->code->code)
        at = (uint32_t)(lf->ip - lf->code->code) - 1;
    if (lf && lf->ip == lf->code->code)
        return INT_VAL(f->code->firstlineno);
    return INT_VAL(gilt_code_loc(f->code, at).line);
}

static Value get_lasti(GiltThread *ts, Value self) {
    return INT_VAL((int64_t)AS_FRAMEOBJ(self)->lasti * 2);
}

static Value get_none(GiltThread *ts, Value self) {
    return VAL_NONE;
}

static Value get_builtins(GiltThread *ts, Value self) {
    return ts->vm->builtins;
}

static Value frame_repr(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltFrameObj *f = AS_FRAMEOBJ(args[0]);
    Value line = get_lineno(ts, args[0]);
    return gilt_str_printf(ts, "<frame at %p, file '%s', line %lld, code %s>",
                           (void *)f, f->code->filename->data,
                           (long long)AS_INT(line), f->code->name->data);
}

static const GiltGetSetDef frame_getsets[] = {
    {"f_code", get_code, NULL},       {"f_globals", get_globals, NULL},
    {"f_locals", get_locals, NULL},   {"f_lineno", get_lineno, NULL},
    {"f_lasti", get_lasti, NULL},     {"f_back", get_none, NULL},
    {"f_builtins", get_builtins, NULL}, {"f_trace", get_none, NULL},
    {NULL}};

static const GiltMethodDef frame_methods[] = {
    {"__repr__", frame_repr, 0, 0, 0}, {NULL}};

static void frame_trace(GiltGC *gc, GiltObject *o) {
    GiltFrameObj *f = (GiltFrameObj *)o;
    gilt_gc_mark_obj(gc, (GiltObject *)f->code);
    gilt_gc_mark_obj(gc, (GiltObject *)f->globals);
    gilt_gc_mark(gc, f->locals);
    gilt_gc_mark(gc, f->gen);
}

int gilt_frameobj_init_types(GiltThread *ts) {
    static const GiltTypeSpec spec = {
        .name = "frame",
        .basicsize = sizeof(GiltFrameObj),
        .methods = frame_methods,
        .getsets = frame_getsets,
        .trace = frame_trace,
    };
    return gilt_type_from_spec(ts, &spec, GILT_T_FRAME) ? 0 : -1;
}
