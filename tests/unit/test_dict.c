/* test_dict.c - dict.c and dict_methods.c / dictview.c: insertion order,
 * lookup, deletion, resizing, layout versions, colliding keys with user
 * equality, popitem, and iteration errors.
 */
#include <criterion/criterion.h>

#include "../../runtime/dict.h"
#include "../../runtime/str.h"
#include "../../runtime/tuple.h"
#include "../../runtime/type.h"
#include "../../vm/gc.h"
#include "../../vm/state.h"

static GiltThread *ts;
static GiltVM *vm;

static void setup(void) {
    vm = gilt_state_new(NULL, &ts);
    cr_assert(vm);
}

static void teardown(void) {
    gilt_state_free(vm);
}

TestSuite(dict, .init = setup, .fini = teardown);

static bool exc_is(GiltExcId id) {
    bool r = gilt_exc_matches(ts, id);
    gilt_exc_clear(ts);
    return r;
}

static Value call(Value d, const char *name, Value *args, int n) {
    Value f = gilt_type_lookup(ts, gilt_typeof(ts, d),
                               gilt_str_intern_cstr(ts, name));
    cr_assert(f, "no dict.%s", name);
    return gilt_call_with_self(ts, f, d, args, n, NULL);
}

Test(dict, insert_lookup_delete_resize) {
    GiltDict *d = gilt_dict_new(ts);
    for (int i = 0; i < 1000; i++)
        cr_assert_eq(gilt_dict_set(ts, d, INT_VAL(i * 7), INT_VAL(i)), 0);
    cr_assert_eq(d->len, 1000);
    for (int i = 0; i < 1000; i++) {
        Value v;
        cr_assert_eq(gilt_dict_lookup(ts, d, INT_VAL(i * 7), &v), 1);
        cr_assert_eq(v, INT_VAL(i));
    }
    for (int i = 0; i < 1000; i += 2)
        cr_assert_eq(gilt_dict_pop(ts, d, INT_VAL(i * 7), NULL), 1);
    cr_assert_eq(d->len, 500);
    Value v;
    cr_assert_eq(gilt_dict_lookup(ts, d, INT_VAL(0), &v), 0);
    cr_assert_eq(gilt_dict_del(ts, d, INT_VAL(0)), -1);
    cr_assert(exc_is(GILT_EXC_KEY_ERROR));
    // Insertion order survives deletions and the resizes that follow.
    for (int i = 1000; i < 3000; i++)
        gilt_dict_set(ts, d, INT_VAL(i * 7), INT_VAL(i));
    size_t pos = 0, n = 0;
    Value k;
    while (gilt_dict_next(d, &pos, &k, &v)) {
        int64_t want = n < 500 ? 2 * (int64_t)n + 1 : (int64_t)n + 500;
        cr_assert_eq(v, INT_VAL(want), "entry %zu", n);
        cr_assert_eq(k, INT_VAL(want * 7));
        n++;
    }
    cr_assert_eq(n, 2500);
}

Test(dict, layout_changes_only_with_keys) {
    GiltDict *d = gilt_dict_new(ts);
    gilt_dict_set(ts, d, INT_VAL(1), INT_VAL(1));
    uint64_t l1 = d->layout;
    gilt_dict_set(ts, d, INT_VAL(1), INT_VAL(2));
    cr_assert_eq(d->layout, l1, "a value update kept the layout");
    gilt_dict_set(ts, d, INT_VAL(2), INT_VAL(2));
    uint64_t l2 = d->layout;
    cr_assert_neq(l2, l1);
    gilt_dict_pop(ts, d, INT_VAL(2), NULL);
    cr_assert_neq(d->layout, l2);
    GiltDict *e = gilt_dict_new(ts);
    cr_assert_neq(e->layout, d->layout, "layouts are unique across dicts");
}

Test(dict, colliding_small_ints) {
    // hash(-1) == hash(-2) == -2.
    GiltDict *d = gilt_dict_new(ts);
    gilt_dict_set(ts, d, INT_VAL(-1), INT_VAL(10));
    gilt_dict_set(ts, d, INT_VAL(-2), INT_VAL(20));
    cr_assert_eq(d->len, 2);
    Value v;
    cr_assert_eq(gilt_dict_lookup(ts, d, INT_VAL(-1), &v), 1);
    cr_assert_eq(v, INT_VAL(10));
    cr_assert_eq(gilt_dict_lookup(ts, d, INT_VAL(-2), &v), 1);
    cr_assert_eq(v, INT_VAL(20));
}

// A key type whose instances all hash to 42 and compare by payload.
typedef struct {
    GiltObject obj;
    int64_t payload;
} Key;

static int eq_calls;

static Value key_hash(GiltThread *t, Value *args, int nargs, GiltTuple *kw) {
    return INT_VAL(42);
}

static Value key_eq(GiltThread *t, Value *args, int nargs, GiltTuple *kw) {
    eq_calls++;
    if (gilt_typeof(t, args[1]) != gilt_typeof(t, args[0]))
        return VAL_NOTIMPL;
    Key *a = (Key *)AS_OBJ(args[0]), *b = (Key *)AS_OBJ(args[1]);
    return BOOL_VAL(a->payload == b->payload);
}

static const GiltMethodDef key_methods[] = {
    {"__hash__", key_hash, 0, 0, 0}, {"__eq__", key_eq, 1, 1, 0}, {NULL}};

static GiltType *key_type(void) {
    static const GiltTypeSpec spec = {
        .name = "Key", .basicsize = sizeof(Key), .methods = key_methods};
    GiltType *t = gilt_type_from_spec(ts, &spec, GILT_T__COUNT);
    cr_assert(t);
    return t;
}

static Value new_key(GiltType *t, int64_t payload) {
    Key *k = gilt_gc_alloc(ts, t, sizeof(Key));
    k->payload = payload;
    return OBJ_VAL(k);
}

Test(dict, colliding_keys_with_user_equality) {
    GiltType *t = key_type();
    GiltDict *d = gilt_dict_new(ts);
    Value keys[40];
    for (int i = 0; i < 40; i++) {
        keys[i] = new_key(t, i);
        cr_assert_eq(gilt_dict_set(ts, d, keys[i], INT_VAL(i)), 0);
    }
    cr_assert_eq(d->len, 40);
    // An equal but distinct key finds the entry through __eq__.
    eq_calls = 0;
    Value v;
    cr_assert_eq(gilt_dict_lookup(ts, d, new_key(t, 17), &v), 1);
    cr_assert_eq(v, INT_VAL(17));
    cr_assert_gt(eq_calls, 0);
    // The identical key is found without calling __eq__.
    eq_calls = 0;
    cr_assert_eq(gilt_dict_lookup(ts, d, keys[39], &v), 1);
    gilt_dict_set(ts, d, new_key(t, 5), INT_VAL(500));
    cr_assert_eq(d->len, 40);
    cr_assert_eq(gilt_dict_lookup(ts, d, keys[5], &v), 1);
    cr_assert_eq(v, INT_VAL(500));
    cr_assert_eq(gilt_dict_pop(ts, d, new_key(t, 5), NULL), 1);
    cr_assert_eq(gilt_dict_lookup(ts, d, keys[5], &v), 0);
}

Test(dict, popitem_is_lifo) {
    GiltDict *d = gilt_dict_new(ts);
    for (int i = 0; i < 5; i++)
        gilt_dict_set(ts, d, INT_VAL(i), INT_VAL(i * i));
    gilt_dict_pop(ts, d, INT_VAL(4), NULL);
    Value k, v;
    cr_assert(gilt_dict_popitem(ts, d, &k, &v));
    cr_assert_eq(k, INT_VAL(3));
    cr_assert_eq(v, INT_VAL(9));
    cr_assert_eq(d->len, 3);
    gilt_dict_set(ts, d, INT_VAL(7), INT_VAL(7));
    cr_assert(gilt_dict_popitem(ts, d, &k, &v));
    cr_assert_eq(k, INT_VAL(7));
    while (gilt_dict_popitem(ts, d, &k, &v))
        ;
    cr_assert_eq(d->len, 0);
    Value r = call(OBJ_VAL(d), "popitem", NULL, 0);
    cr_assert_eq(r, VAL_NULL);
    cr_assert(exc_is(GILT_EXC_KEY_ERROR));
}

Test(dict, methods_get_setdefault_pop) {
    Value d = OBJ_VAL(gilt_dict_new(ts));
    Value a[2] = {INT_VAL(1), INT_VAL(5)};
    cr_assert_eq(call(d, "get", a, 1), VAL_NONE);
    cr_assert_eq(call(d, "get", a, 2), INT_VAL(5));
    cr_assert_eq(call(d, "setdefault", a, 2), INT_VAL(5));
    Value b[2] = {INT_VAL(1), INT_VAL(6)};
    cr_assert_eq(call(d, "setdefault", b, 2), INT_VAL(5));
    cr_assert_eq(call(d, "pop", b, 1), INT_VAL(5));
    cr_assert_eq(call(d, "pop", b, 2), INT_VAL(6));
    cr_assert_eq(call(d, "pop", b, 1), VAL_NULL);
    cr_assert(exc_is(GILT_EXC_KEY_ERROR));
}

Test(dict, iteration_detects_size_change) {
    Value d = OBJ_VAL(gilt_dict_new(ts));
    gilt_dict_set(ts, AS_DICT(d), INT_VAL(1), INT_VAL(1));
    gilt_dict_set(ts, AS_DICT(d), INT_VAL(2), INT_VAL(2));
    Value it = call(d, "__iter__", NULL, 0);
    cr_assert_eq(gilt_next(ts, it), INT_VAL(1));
    gilt_dict_set(ts, AS_DICT(d), INT_VAL(3), INT_VAL(3));
    cr_assert_eq(gilt_next(ts, it), VAL_NULL);
    cr_assert(exc_is(GILT_EXC_RUNTIME_ERROR));
    // The failure is sticky.
    cr_assert_eq(gilt_next(ts, it), VAL_NULL);
    cr_assert(exc_is(GILT_EXC_RUNTIME_ERROR));
}

Test(dict, reversed_and_views) {
    Value d = OBJ_VAL(gilt_dict_new(ts));
    for (int i = 0; i < 4; i++)
        gilt_dict_set(ts, AS_DICT(d), INT_VAL(i), INT_VAL(i * 10));
    Value it = call(d, "__reversed__", NULL, 0);
    for (int i = 3; i >= 0; i--)
        cr_assert_eq(gilt_next(ts, it), INT_VAL(i));
    cr_assert_eq(gilt_next(ts, it), VAL_NULL);
    cr_assert(!ts->exc);
    Value items = call(d, "items", NULL, 0);
    Value iit = gilt_iter(ts, items);
    Value first = gilt_next(ts, iit);
    cr_assert_eq(AS_TUPLE(first)->items[1], INT_VAL(0));
    int64_t n;
    cr_assert_eq(gilt_len(ts, items, &n), 0);
    cr_assert_eq(n, 4);
    Value pair = gilt_tuple_pack(ts, 2, INT_VAL(2), INT_VAL(20));
    cr_assert_eq(gilt_contains(ts, items, pair), 1);
    Value bad = gilt_tuple_pack(ts, 2, INT_VAL(2), INT_VAL(21));
    cr_assert_eq(gilt_contains(ts, items, bad), 0);
}

Test(dict, equality_compares_values) {
    Value a = OBJ_VAL(gilt_dict_new(ts)), b = OBJ_VAL(gilt_dict_new(ts));
    for (int i = 0; i < 10; i++) {
        gilt_dict_set(ts, AS_DICT(a), INT_VAL(i), INT_VAL(i));
        gilt_dict_set(ts, AS_DICT(b), INT_VAL(9 - i), INT_VAL(9 - i));
    }
    cr_assert_eq(call(a, "__eq__", &b, 1), VAL_TRUE);
    gilt_dict_set(ts, AS_DICT(b), INT_VAL(3), INT_VAL(4));
    cr_assert_eq(call(a, "__eq__", &b, 1), VAL_FALSE);
    cr_assert_eq(call(a, "__ne__", &b, 1), VAL_TRUE);
}

// popitem gives back its entry but leaves a dummy in the index: cycles of
// popitem and insert once filled the index until a miss never ended.
Test(dict, popitem_insert_cycle_terminates, .timeout = 10) {
    GiltDict *d = gilt_dict_new(ts);
    for (int i = 0; i < 5; i++)
        gilt_dict_set(ts, d, INT_VAL(i), INT_VAL(i));
    Value k, v;
    for (int i = 0; i < 10000; i++) {
        cr_assert(gilt_dict_popitem(ts, d, &k, &v));
        cr_assert_eq(gilt_dict_set(ts, d, INT_VAL(100 + i), INT_VAL(i)), 0);
        cr_assert_eq(gilt_dict_lookup(ts, d, INT_VAL(-1), &v), 0);
    }
    cr_assert_eq(d->len, 5);
}
