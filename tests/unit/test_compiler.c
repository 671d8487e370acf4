/* test_compiler.c - Source to code objects (vm/compile*.c, symtable.c). */
#include <criterion/criterion.h>

#include "../../runtime/str.h"
#include "../../runtime/tuple.h"
#include "../../vm/compiler.h"
#include "../../vm/gc.h"
#include "../../vm/opcodes.h"

static GiltVM *vm;
static GiltThread *ts;

static void setup(void) {
    vm = gilt_state_new(NULL, &ts);
    cr_assert_not_null(vm);
}

static void teardown(void) {
    gilt_state_free(vm);
}

TestSuite(compiler, .init = setup, .fini = teardown);

static GiltCode *compile(const char *src) {
    return gilt_compile(ts, src, strlen(src), "<test>", AST_MODE_FILE, 0);
}

static const char *syntax_error(const char *src, int *lineno) {
    cr_assert_null(compile(src), "expected a SyntaxError for: %s", src);
    Value e = gilt_exc_fetch(ts);
    cr_assert(gilt_isinstance_type(ts, e, gilt_exc_type(ts, GILT_EXC_SYNTAX_ERROR)));
    Value msg = gilt_getattr_cstr(ts, e, "msg");
    Value line = gilt_getattr_cstr(ts, e, "lineno");
    *lineno = IS_INT(line) ? (int)AS_INT(line) : -1;
    return AS_STR(msg)->data;
}

static bool uses(GiltCode *c, int op) {
    for (uint32_t i = 0; i < c->ncode; i++)
        if (GILT_OP(c->code[i]) == op)
            return true;
    return false;
}

static GiltCode *first_code_const(GiltCode *c) {
    for (size_t i = 0; i < c->consts->len; i++)
        if (GILT_IS(ts, c->consts->items[i], CODE))
            return AS_CODE(c->consts->items[i]);
    return NULL;
}

Test(compiler, module_names_use_cached_globals) {
    GiltCode *c = compile("x = 1\nprint(x)\n");
    cr_assert_not_null(c);
    cr_assert(uses(c, OP_STORE_GLOBAL));
    cr_assert(uses(c, OP_LOAD_GLOBAL));
    cr_assert(!uses(c, OP_LOAD_NAME));
}

Test(compiler, function_locals_are_fast) {
    GiltCode *c = compile("def f(a):\n    b = a + 1\n    return b\n");
    GiltCode *f = first_code_const(c);
    cr_assert_not_null(f);
    cr_assert(uses(f, OP_LOAD_FAST) && uses(f, OP_STORE_FAST));
    cr_assert_eq(f->argcount, 1);
    cr_assert_eq(f->nlocals, 2);
}

Test(compiler, closures_make_cells_and_free_vars) {
    GiltCode *c = compile("def f():\n    x = 1\n    def g():\n        return x\n"
                          "    return g\n");
    GiltCode *f = first_code_const(c);
    cr_assert_eq(f->ncells, 1);
    GiltCode *g = first_code_const(f);
    cr_assert_eq(g->nfree, 1);
    cr_assert(uses(g, OP_LOAD_DEREF));
}

Test(compiler, stack_depth_covers_displays) {
    GiltCode *c = compile("a = [1, 2, x, y, z]\n");
    cr_assert_geq(c->stacksize, 5);
}

Test(compiler, try_makes_exception_table) {
    GiltCode *c = compile("try:\n    f()\nexcept E:\n    pass\n");
    cr_assert_not_null(c);
    cr_assert_gt(c->nexc, 0);
    for (uint32_t i = 0; i < c->nexc; i++)
        cr_assert_lt(c->exc_table[i].handler, c->ncode);
}

Test(compiler, generators_are_flagged) {
    GiltCode *c = compile("def g():\n    yield 1\nasync def h():\n    await x\n");
    GiltCode *g = first_code_const(c);
    cr_assert(g->flags & GILT_CO_GENERATOR);
}

Test(compiler, symtable_errors) {
    int line;
    cr_assert_str_eq(syntax_error("return 1\n", &line), "'return' outside function");
    cr_assert_str_eq(syntax_error("x = 1\nbreak\n", &line), "'break' outside loop");
    cr_assert_eq(line, 2);
    cr_assert_str_eq(syntax_error("def f():\n    nonlocal q\n", &line),
                     "no binding for nonlocal 'q' found");
    cr_assert_str_eq(syntax_error("nonlocal q\n", &line),
                     "nonlocal declaration not allowed at module level");
    cr_assert_str_eq(syntax_error("def f(a, a): pass\n", &line),
                     "duplicate argument 'a' in function definition");
    cr_assert_str_eq(syntax_error("def f():\n    x = 1\n    global x\n", &line),
                     "name 'x' is assigned to before global declaration");
    cr_assert_str_eq(syntax_error("f(a=1, a=2)\n", &line),
                     "keyword argument repeated: a");
}

Test(compiler, parse_errors_carry_location) {
    int line;
    const char *msg = syntax_error("x = 1\nif x\n    pass\n", &line);
    cr_assert_str_eq(msg, "expected ':'");
    cr_assert_eq(line, 2);
}

Test(compiler, deep_nesting_is_an_error_not_a_crash) {
    size_t n = 100000;
    char *src = malloc(n * 2 + 8);
    strcpy(src, "x = ");
    char *p = src + 4;
    for (size_t i = 0; i < n; i++) {
        *p++ = '1';
        *p++ = '+';
    }
    strcpy(p, "1\n");
    cr_assert_null(compile(src));
    cr_assert_not_null(gilt_exc_fetch(ts));
    free(src);
}
