/* test_genericalias.c - types.GenericAlias and types.UnionType
 * (runtime/genericalias.c). */
#include <criterion/criterion.h>

#include "../../runtime/genericalias.h"
#include "../../runtime/str.h"
#include "../../runtime/tuple.h"
#include "../../vm/gc.h"

static GiltVM *vm;
static GiltThread *ts;

static void setup(void) {
    vm = gilt_state_new(NULL, &ts);
    cr_assert_not_null(vm);
}

static void teardown(void) {
    gilt_state_free(vm);
}

TestSuite(genericalias, .init = setup, .fini = teardown);

static const char *repr_of(Value v) {
    Value r = gilt_repr(ts, v);
    cr_assert(r);
    return AS_STR(r)->data;
}

Test(genericalias, alias_repr_and_args) {
    Value t = OBJ_VAL(GILT_TYPE(ts, INT));
    Value a = gilt_generic_alias_new(ts, OBJ_VAL(GILT_TYPE(ts, LIST)), t);
    cr_assert(a);
    cr_assert_str_eq(repr_of(a), "list[int]");
    Value args = gilt_getattr_cstr(ts, a, "__args__");
    cr_assert(GILT_IS(ts, args, TUPLE));
    cr_assert_eq(AS_TUPLE(args)->len, 1);
    cr_assert_eq(AS_TUPLE(args)->items[0], t);
}

Test(genericalias, alias_of_tuple_args) {
    Value items[2] = {OBJ_VAL(GILT_TYPE(ts, STR)), VAL_ELLIPSIS};
    GiltTuple *args = gilt_tuple_from(ts, items, 2);
    Value a = gilt_generic_alias_new(ts, OBJ_VAL(GILT_TYPE(ts, TUPLE)), OBJ_VAL(args));
    cr_assert_str_eq(repr_of(a), "tuple[str, ...]");
}

Test(genericalias, union_flattens_and_dedups) {
    Value i = OBJ_VAL(GILT_TYPE(ts, INT)), s = OBJ_VAL(GILT_TYPE(ts, STR));
    Value u = gilt_union_new(ts, i, s);
    cr_assert(GILT_IS(ts, u, UNION_TYPE));
    Value u2 = gilt_union_new(ts, u, VAL_NONE);
    cr_assert_str_eq(repr_of(u2), "int | str | None");
    Value same = gilt_union_new(ts, i, i);
    cr_assert_eq(same, i);
    cr_assert_eq(gilt_union_new(ts, i, INT_VAL(3)), VAL_NOTIMPL);
}
