/* code.c - The code object type, location lookup, and a disassembler
 * (GILT_DIS=1 in the environment prints every compiled code object).
 */
#include "code.h"

#include <stdio.h>

#include "../runtime/str.h"
#include "../runtime/tuple.h"
#include "gc.h"
#include "interp_cache.h"
#include "opcodes.h"

const char *const gilt_opcode_names[OP__COUNT] = {
#define X(name, flags) #name,
    GILT_OPCODES(X)
#undef X
};

const unsigned char gilt_opcode_flags[OP__COUNT] = {
#define X(name, flags) flags,
    GILT_OPCODES(X)
#undef X
};

GiltLoc gilt_code_loc(GiltCode *code, uint32_t index) {
    if (code->ncode == 0) {
        GiltLoc none = {code->firstlineno, code->firstlineno, -1, -1};
        return none;
    }
    if (index >= code->ncode)
        index = code->ncode - 1;
    return code->locs[index];
}

// ---- disassembler ----------------------------------------------------------------------

static void print_arg(GiltCode *code, uint32_t op, uint32_t arg, FILE *out) {
    unsigned char f = gilt_opcode_flags[op];
    const Value *names = code->names->items;
    if (f & OPF_C) {
        fprintf(out, " (%s)", AS_STR(names[code->caches[arg].name])->data);
    } else if (f & OPF_N) {
        fprintf(out, " (%s)", AS_STR(names[arg])->data);
    } else if (f & OPF_L) {
        if (arg < code->varnames->len)
            fprintf(out, " (%s)", AS_STR(code->varnames->items[arg])->data);
    } else if (f & OPF_J) {
        fprintf(out, " (to %u)", arg);
    }
}

void gilt_code_dis(GiltCode *code, FILE *out) {
    fprintf(out, "Disassembly of %s (%s:%d), stack %u, locals %u:\n",
            code->qualname->data, code->filename->data, code->firstlineno,
            code->stacksize, code->nlocals);
    for (uint32_t i = 0; i < code->ncode; i++) {
        uint32_t op = GILT_OP(code->code[i]), arg = GILT_ARG(code->code[i]);
        fprintf(out, "%5d %5u %-22s %u", code->locs[i].line, i,
                op < OP__COUNT ? gilt_opcode_names[op] : "?", arg);
        if (op < OP__COUNT)
            print_arg(code, op, arg, out);
        fputc('\n', out);
    }
    for (uint32_t i = 0; i < code->nexc; i++) {
        GiltExcEntry *e = &code->exc_table[i];
        fprintf(out, "  exc [%u, %u) -> %u depth %u%s\n", e->start, e->end,
                e->handler, e->depth, e->lasti ? " lasti" : "");
    }
}

// ---- the code type ----------------------------------------------------------------------

static void code_trace(GiltGC *gc, GiltObject *o) {
    GiltCode *c = (GiltCode *)o;
    GiltObject *refs[] = {(GiltObject *)c->consts,   (GiltObject *)c->names,
                          (GiltObject *)c->varnames, (GiltObject *)c->cellvars,
                          (GiltObject *)c->freevars, (GiltObject *)c->name,
                          (GiltObject *)c->qualname, (GiltObject *)c->filename};
    for (size_t i = 0; i < sizeof refs / sizeof refs[0]; i++)
        gilt_gc_mark_obj(gc, refs[i]);
}

static void code_free(GiltVM *vm, GiltObject *o) {
    GiltCode *c = (GiltCode *)o;
    (void)vm;
    free(c->code);
    free(c->locs);
    free(c->exc_table);
    free(c->caches);
    free(c->cell2arg);
}

static Value code_repr(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    (void)nargs, (void)kw;
    GiltCode *c = AS_CODE(args[0]);
    return gilt_str_printf(ts, "<code object %s at %p, file \"%s\", line %d>",
                           c->name->data, (void *)c, c->filename->data,
                           c->firstlineno);
}

#define CODE_OBJ(field)                                                        \
    static Value get_##field(GiltThread *ts, Value self) {                     \
        (void)ts;                                                              \
        return OBJ_VAL(AS_CODE(self)->field);                                  \
    }
CODE_OBJ(consts)
CODE_OBJ(names)
CODE_OBJ(varnames)
CODE_OBJ(cellvars)
CODE_OBJ(freevars)
CODE_OBJ(name)
CODE_OBJ(qualname)
CODE_OBJ(filename)

#define CODE_INT(field, expr)                                                  \
    static Value get_##field(GiltThread *ts, Value self) {                     \
        (void)ts;                                                              \
        GiltCode *c = AS_CODE(self);                                           \
        return INT_VAL((int64_t)(expr));                                       \
    }
CODE_INT(argcount, c->argcount)
CODE_INT(posonlyargcount, c->posonlyargcount)
CODE_INT(kwonlyargcount, c->kwonlyargcount)
CODE_INT(nlocals, c->nlocals)
CODE_INT(flags, c->flags)
CODE_INT(firstlineno, c->firstlineno)
CODE_INT(stacksize, c->stacksize)

static const GiltGetSetDef code_getsets[] = {
    {"co_consts", get_consts, NULL},
    {"co_names", get_names, NULL},
    {"co_varnames", get_varnames, NULL},
    {"co_cellvars", get_cellvars, NULL},
    {"co_freevars", get_freevars, NULL},
    {"co_name", get_name, NULL},
    {"co_qualname", get_qualname, NULL},
    {"co_filename", get_filename, NULL},
    {"co_argcount", get_argcount, NULL},
    {"co_posonlyargcount", get_posonlyargcount, NULL},
    {"co_kwonlyargcount", get_kwonlyargcount, NULL},
    {"co_nlocals", get_nlocals, NULL},
    {"co_flags", get_flags, NULL},
    {"co_firstlineno", get_firstlineno, NULL},
    {"co_stacksize", get_stacksize, NULL},
    {NULL}};

static const GiltMethodDef code_methods[] = {{"__repr__", code_repr, 0, 0, 0},
                                             {NULL}};

int gilt_code_init_types(GiltThread *ts) {
    static const GiltTypeSpec spec = {
        .name = "code",
        .basicsize = sizeof(GiltCode),
        .methods = code_methods,
        .getsets = code_getsets,
        .trace = code_trace,
        .free = code_free,
    };
    return gilt_type_from_spec(ts, &spec, GILT_T_CODE) ? 0 : -1;
}
