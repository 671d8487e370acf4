/* compile_asm.c - The assembler: from a unit's instruction list to a code
 * object.
 *
 * 1. Stack depths by data flow from the entry and from every handler
 *    (entered with its depth + lasti + the exception). A SETUP_* marker
 *    fixes its handler's depth. Reaching an instruction with two different
 *    depths is a compiler bug and is reported as SystemError.
 * 2. Pseudo-instructions are dropped and jumps resolved to instruction
 *    indexes.
 * 3. The exception table: runs of instructions sharing a handler.
 */
#include <stdio.h>
#include <string.h>

#include "../runtime/list.h"
#include "../runtime/str.h"
#include "../runtime/tuple.h"
#include "compile.h"
#include "gc.h"
#include "interp_cache.h"

int gilt_opcode_effect(int op, int arg, bool jump) {
    switch (op) {
    case OP_NOP:
    case OP_SWAP:
    case OP_DELETE_FAST:
    case OP_DELETE_DEREF:
    case OP_DELETE_GLOBAL:
    case OP_DELETE_NAME:
    case OP_LOAD_ATTR:
    case OP_UNARY_NEGATIVE:
    case OP_UNARY_POSITIVE:
    case OP_UNARY_INVERT:
    case OP_UNARY_NOT:
    case OP_BINARY_OP_CONST:
    case OP_LIST_TO_TUPLE:
    case OP_JUMP:
    case OP_JUMP_BACKWARD:
    case OP_GET_ITER:
    case OP_CHECK_EXC_MATCH:
    case OP_SETUP_ANNOTATIONS:
    case OP_YIELD_VALUE:
    case OP_GET_YIELD_FROM_ITER:
    case OP_GET_AWAITABLE:
    case OP_GET_AITER:
    case OP_ASYNC_GEN_WRAP:
    case OP_RETURN_GENERATOR:
    case OP_SETUP_FINALLY:
    case OP_SETUP_CLEANUP:
    case OP_SETUP_WITH:
    case OP_POP_BLOCK:
    case OP_RETURN_CONST:
    case OP_MAKE_CELL:
    case OP_COPY_FREE_VARS:
    case OP_STORE_FAST_LOAD_FAST:
        return 0;
    case OP_POP_TOP:
    case OP_STORE_FAST:
    case OP_STORE_DEREF:
    case OP_STORE_GLOBAL:
    case OP_STORE_NAME:
    case OP_DELETE_ATTR:
    case OP_BINARY_OP:
    case OP_COMPARE_OP:
    case OP_IS_OP:
    case OP_CONTAINS_OP:
    case OP_BINARY_SUBSCR:
    case OP_LIST_APPEND:
    case OP_SET_ADD:
    case OP_LIST_EXTEND:
    case OP_SET_UPDATE:
    case OP_DICT_UPDATE:
    case OP_DICT_MERGE:
    case OP_POP_JUMP_IF_FALSE:
    case OP_POP_JUMP_IF_TRUE:
    case OP_POP_JUMP_IF_NONE:
    case OP_POP_JUMP_IF_NOT_NONE:
    case OP_RETURN_VALUE:
    case OP_RERAISE:
    case OP_POP_EXCEPT:
    case OP_IMPORT_NAME:
    case OP_IMPORT_STAR:
    case OP_PRINT_EXPR:
        return -1;
    case OP_PUSH_NULL:
    case OP_COPY:
    case OP_LOAD_CONST:
    case OP_LOAD_FAST:
    case OP_LOAD_FAST_CHECKED:
    case OP_LOAD_DEREF:
    case OP_LOAD_CLASSDEREF:
    case OP_LOAD_CLOSURE:
    case OP_LOAD_GLOBAL:
    case OP_LOAD_NAME:
    case OP_LOAD_METHOD:
    case OP_LOAD_BUILD_CLASS:
    case OP_LOAD_ASSERTION_ERROR:
    case OP_PUSH_EXC_INFO:
    case OP_BEFORE_WITH:
    case OP_WITH_EXCEPT_START:
    case OP_IMPORT_FROM:
    case OP_GET_ANEXT:
    case OP_BEFORE_ASYNC_WITH:
        return 1;
    case OP_LOAD_FAST_LOAD_FAST:
    case OP_LOAD_FAST_LOAD_CONST:
        return 2;
    case OP_STORE_ATTR:
    case OP_DELETE_SUBSCR:
    case OP_MAP_ADD:
    case OP_END_ASYNC_FOR:
        return -2;
    case OP_COMPARE_JUMP:
        return -2;
    case OP_STORE_SUBSCR:
        return -3;
    case OP_BUILD_SLICE:
    case OP_BUILD_TUPLE:
    case OP_BUILD_LIST:
    case OP_BUILD_SET:
    case OP_BUILD_STRING:
        return 1 - arg;
    case OP_BUILD_MAP:
        return 1 - 2 * arg;
    case OP_BUILD_CONST_KEY_MAP:
        return -arg;
    case OP_FORMAT_VALUE:
        return (arg & GILT_FV_SPEC) ? -1 : 0;
    case OP_UNPACK_SEQUENCE:
        return arg - 1;
    case OP_UNPACK_EX:
        return (arg & 0xFF) + (arg >> 8);
    case OP_JUMP_IF_FALSE_OR_POP:
    case OP_JUMP_IF_TRUE_OR_POP:
        return jump ? 0 : -1;
    case OP_FOR_ITER:
        return jump ? -1 : 1;
    case OP_SEND:
        return jump ? -1 : 0;
    case OP_MAKE_FUNCTION:
        return -__builtin_popcount((unsigned)arg & 15);
    case OP_CALL:
        return -arg;
    case OP_CALL_KW:
        return -arg - 1;
    case OP_CALL_METHOD:
        return -arg - 1;
    case OP_CALL_METHOD_KW:
        return -arg - 2;
    case OP_CALL_FUNCTION_EX:
        return -1 - (arg & 1);
    case OP_RAISE_VARARGS:
        return -arg;
    }
    return 0;
}

static bool is_jump(int op) {
    return (gilt_opcode_flags[op] & OPF_J) && op != OP_SETUP_FINALLY &&
           op != OP_SETUP_CLEANUP && op != OP_SETUP_WITH;
}

static bool no_fallthrough(int op) {
    return op == OP_JUMP || op == OP_JUMP_BACKWARD || op == OP_RETURN_VALUE ||
           op == OP_RETURN_CONST || op == OP_RAISE_VARARGS || op == OP_RERAISE;
}

// ---- stack depth -----------------------------------------------------------------------

typedef struct {
    int *depth;
    int *work;
    int nwork;
    int max;
    bool bad;
} Flow;

static void visit(Flow *f, Unit *u, int at, int d) {
    if (at >= u->ncode || d < 0) {
        f->bad |= d < 0;
        return;
    }
    if (f->depth[at] >= 0) {
        f->bad |= f->depth[at] != d;
        return;
    }
    f->depth[at] = d;
    f->work[f->nwork++] = at;
}

// Walk a straight run of instructions from [at]; branches go to the list.
static void flow_from(Flow *f, Unit *u, int at) {
    int d = f->depth[at];
    for (int i = at; i < u->ncode; i++) {
        if (i != at) {
            if (f->depth[i] >= 0) {
                f->bad |= f->depth[i] != d;
                return;
            }
            f->depth[i] = d;
        }
        Instr *in = &u->code[i];
        if (d > f->max)
            f->max = d;
        if (in->op == OP_SETUP_FINALLY || in->op == OP_SETUP_CLEANUP ||
            in->op == OP_SETUP_WITH) {
            Handler *h = &u->handlers[in->arg];
            h->depth = in->op == OP_SETUP_WITH ? d - 1 : d;
            visit(f, u, u->labels[h->label], h->depth + (h->lasti ? 1 : 0) + 1);
            continue;
        }
        if (is_jump(in->op))
            visit(f, u, u->labels[in->arg], d + gilt_opcode_effect(in->op, in->arg, true));
        d += gilt_opcode_effect(in->op, in->arg, false);
        if (d > f->max)
            f->max = d;
        if (no_fallthrough(in->op) || d < 0) {
            f->bad |= d < 0;
            return;
        }
    }
}

static int stack_depths(Compiler *c, Unit *u, int *depth) {
    Flow f = {depth, malloc(sizeof(int) * ((size_t)u->ncode + 1)), 0, 0, false};
    if (!f.work)
        return -1;
    for (int i = 0; i < u->ncode; i++)
        depth[i] = -1;
    if (u->ncode)
        visit(&f, u, 0, 0);
    while (f.nwork > 0 && !f.bad)
        flow_from(&f, u, f.work[--f.nwork]);
    free(f.work);
    if (f.bad) {
        gilt_raise(c->ts, GILT_EXC_SYSTEM_ERROR,
                   "compiler produced inconsistent stack depths in %s",
                   u->scope->name);
        return -1;
    }
    return f.max;
}

// ---- layout --------------------------------------------------------------------------------

static bool is_pseudo(int op) {
    return op == OP_SETUP_FINALLY || op == OP_SETUP_CLEANUP ||
           op == OP_SETUP_WITH || op == OP_POP_BLOCK;
}

// new_index[i]: final index of instruction i (of the next real one for a
// pseudo-instruction); returns the final count.
static uint32_t renumber(Unit *u, uint32_t *new_index) {
    uint32_t n = 0;
    for (int i = 0; i < u->ncode; i++) {
        new_index[i] = n;
        if (!is_pseudo(u->code[i].op))
            n++;
    }
    new_index[u->ncode] = n;
    return n;
}

static bool exc_table(Compiler *c, Unit *u, GiltCode *code,
                      const uint32_t *new_index, const int *depth) {
    GiltExcEntry *t = NULL;
    uint32_t n = 0, cap = 0;
    int cur = -1;
    for (int i = 0; i < u->ncode; i++) {
        Instr *in = &u->code[i];
        if (is_pseudo(in->op))
            continue;
        int h = depth[i] >= 0 ? in->handler : -1;
        if (h >= 0 && u->handlers[h].depth < 0)
            h = -1;
        if (h == cur && h >= 0) {
            t[n - 1].end = new_index[i] + 1;
            continue;
        }
        cur = h;
        if (h < 0)
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 8;
            GiltExcEntry *nt = realloc(t, cap * sizeof *t);
            if (!nt) {
                free(t);
                return gilt_c_nomem(c);
            }
            t = nt;
        }
        Handler *hd = &u->handlers[h];
        t[n].start = new_index[i];
        t[n].end = new_index[i] + 1;
        t[n].handler = new_index[u->labels[hd->label]];
        t[n].depth = (uint32_t)hd->depth;
        t[n].lasti = hd->lasti;
        n++;
    }
    code->exc_table = t;
    code->nexc = n;
    return true;
}

static bool emit_code(Compiler *c, Unit *u, GiltCode *code,
                      const uint32_t *new_index, uint32_t n) {
    code->code = malloc(sizeof(uint32_t) * (n ? n : 1));
    code->locs = malloc(sizeof(GiltLoc) * (n ? n : 1));
    if (!code->code || !code->locs)
        return gilt_c_nomem(c);
    uint32_t k = 0;
    for (int i = 0; i < u->ncode; i++) {
        Instr *in = &u->code[i];
        if (is_pseudo(in->op))
            continue;
        uint32_t arg = (uint32_t)in->arg;
        if (is_jump(in->op))
            arg = new_index[u->labels[in->arg]];
        code->code[k] = GILT_INSN(in->op, arg);
        code->locs[k] = in->loc;
        k++;
    }
    code->ncode = n;
    return true;
}

// ---- code objects --------------------------------------------------------------------------

static GiltTuple *names_tuple(Compiler *c, const char **names, int n) {
    GiltTuple *t = gilt_tuple_new(c->ts, (size_t)n);
    if (!t)
        return NULL;
    for (int i = 0; i < n; i++) {
        GiltStr *s = gilt_str_intern_cstr(c->ts, names[i]);
        if (!s)
            return NULL;
        t->items[i] = OBJ_VAL(s);
    }
    return t;
}

static uint32_t code_flags(Scope *s) {
    uint32_t f = 0;
    if (s->kind == SCOPE_FUNCTION || s->kind == SCOPE_COMPREHENSION)
        f |= GILT_CO_OPTIMIZED | GILT_CO_NEWLOCALS;
    if (s->varargs)
        f |= GILT_CO_VARARGS;
    if (s->varkeywords)
        f |= GILT_CO_VARKEYWORDS;
    if (s->nested)
        f |= GILT_CO_NESTED;
    if (s->generator && s->coroutine)
        f |= GILT_CO_ASYNC_GENERATOR;
    else if (s->generator)
        f |= GILT_CO_GENERATOR;
    else if (s->coroutine && s->kind != SCOPE_MODULE && s->kind != SCOPE_CLASS)
        f |= GILT_CO_COROUTINE;
    if (!s->nfreevars && !s->ncellvars)
        f |= GILT_CO_NOFREE;
    return f;
}

static bool fill_names(Compiler *c, Unit *u, GiltCode *code) {
    Scope *s = u->scope;
    code->varnames = names_tuple(c, s->varnames, s->nvarnames);
    code->cellvars = names_tuple(c, s->cellvars, s->ncellvars);
    code->freevars = names_tuple(c, s->freevars, s->nfreevars);
    code->consts = gilt_tuple_from(c->ts, u->consts->items, u->consts->len);
    code->names = gilt_tuple_from(c->ts, u->names->items, u->names->len);
    code->name = gilt_str_intern_cstr(c->ts, s->name);
    Value q = gilt_str_from_cstr(c->ts, s->qualname);
    code->qualname = q ? AS_STR(q) : NULL;
    code->filename = c->filename;
    if (!code->varnames || !code->cellvars || !code->freevars || !code->consts ||
        !code->names || !code->name || !code->qualname)
        return gilt_c_nomem(c);
    return true;
}

static bool fill_cells(Compiler *c, Unit *u, GiltCode *code) {
    Scope *s = u->scope;
    int nargs = s->argcount + s->kwonlyargcount + s->varargs + s->varkeywords;
    if (!s->ncellvars)
        return true;
    code->cell2arg = malloc(sizeof(int32_t) * (size_t)s->ncellvars);
    if (!code->cell2arg)
        return gilt_c_nomem(c);
    for (int i = 0; i < s->ncellvars; i++) {
        int a = gilt_scope_index(s->varnames, s->nvarnames, s->cellvars[i]);
        code->cell2arg[i] = a >= 0 && a < nargs ? a : -1;
    }
    return true;
}

static bool fill_caches(Compiler *c, Unit *u, GiltCode *code) {
    code->ncaches = (uint32_t)u->ncaches;
    if (!u->ncaches)
        return true;
    code->caches = calloc((size_t)u->ncaches, sizeof(GiltCache));
    if (!code->caches)
        return gilt_c_nomem(c);
    for (int i = 0; i < u->ncaches; i++)
        code->caches[i].name = u->cache_names[i];
    return true;
}

GiltCode *gilt_c_assemble(Compiler *c, Unit *u) {
    int *depth = malloc(sizeof(int) * ((size_t)u->ncode + 1));
    uint32_t *new_index = malloc(sizeof(uint32_t) * ((size_t)u->ncode + 1));
    GiltCode *code = NULL;
    if (!depth || !new_index) {
        gilt_c_nomem(c);
        goto done;
    }
    int maxdepth = stack_depths(c, u, depth);
    if (maxdepth < 0)
        goto done;
    code = gilt_gc_alloc(c->ts, GILT_TYPE(c->ts, CODE), sizeof(GiltCode));
    if (!code)
        goto done;
    uint32_t n = renumber(u, new_index);
    Scope *s = u->scope;
    code->argcount = (uint32_t)s->argcount;
    code->posonlyargcount = (uint32_t)s->posonlyargcount;
    code->kwonlyargcount = (uint32_t)s->kwonlyargcount;
    code->flags = code_flags(s);
    if (c->future & GILT_FUTURE_ANNOTATIONS)
        code->flags |= GILT_CO_FUTURE_ANNOTATIONS;
    if (c->future & GILT_FUTURE_BARRY)
        code->flags |= GILT_CO_FUTURE_BARRY_AS_BDFL;
    code->has_doc = u->has_doc;
    code->nlocals = (uint32_t)s->nvarnames;
    code->ncells = (uint32_t)s->ncellvars;
    code->nfree = (uint32_t)s->nfreevars;
    code->stacksize = (uint32_t)maxdepth + 1;
    code->firstlineno = u->firstlineno;
    if (!emit_code(c, u, code, new_index, n) ||
        !exc_table(c, u, code, new_index, depth) || !fill_names(c, u, code) ||
        !fill_cells(c, u, code) || !fill_caches(c, u, code))
        code = NULL;
done:
    free(depth);
    free(new_index);
    return code;
}
