/* test_gc.c - The collector (vm/gc.c): reachability, roots, weak tables. */
#include <criterion/criterion.h>

#include "../../runtime/dict.h"
#include "../../runtime/list.h"
#include "../../runtime/str.h"
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

static size_t heap_count(void) {
    size_t n = 0;
    for (GiltObject *o = vm->heap; o;
         o = (GiltObject *)(o->gcword & (uintptr_t)0x0000FFFFFFFFFFF0))
        n++;
    return n;
}

TestSuite(gc, .init = setup, .fini = teardown);

Test(gc, unreachable_objects_are_freed) {
    gilt_gc_collect(ts);
    size_t before = heap_count();
    for (int i = 0; i < 100; i++)
        cr_assert_not_null(gilt_list_new(ts, 4));
    cr_assert_eq(heap_count(), before + 100);
    gilt_gc_collect(ts);
    cr_assert_eq(heap_count(), before);
}

Test(gc, temporary_roots_keep_objects) {
    gilt_gc_collect(ts);
    size_t before = heap_count();
    GiltList *l = gilt_list_new(ts, 0);
    gilt_gc_push_root(ts, OBJ_VAL(l));
    for (int i = 0; i < 10; i++) {
        Value s = gilt_str_printf(ts, "item %d", i);
        cr_assert(gilt_list_append(ts, l, s) == 0);
    }
    gilt_gc_collect(ts);
    cr_assert_eq(heap_count(), before + 11);
    cr_assert_str_eq(AS_STR(l->items[9])->data, "item 9");
    gilt_gc_pop_root(ts);
    gilt_gc_collect(ts);
    cr_assert_eq(heap_count(), before);
}

Test(gc, cycles_are_collected) {
    gilt_gc_collect(ts);
    size_t before = heap_count();
    GiltList *a = gilt_list_new(ts, 1), *b = gilt_list_new(ts, 1);
    gilt_list_append(ts, a, OBJ_VAL(b));
    gilt_list_append(ts, b, OBJ_VAL(a));
    gilt_gc_collect(ts);
    cr_assert_eq(heap_count(), before);
}

Test(gc, deep_structures_do_not_recurse) {
    GiltList *head = gilt_list_new(ts, 1);
    gilt_gc_push_root(ts, OBJ_VAL(head));
    GiltList *cur = head;
    for (int i = 0; i < 200000; i++) {
        GiltList *next = gilt_list_new(ts, 1);
        gilt_list_append(ts, cur, OBJ_VAL(next));
        cur = next;
    }
    gilt_gc_collect(ts);
    cr_assert_eq(head->len, 1);
    gilt_gc_pop_root(ts);
}

Test(gc, interned_strings_are_weak) {
    gilt_gc_collect(ts);
    size_t n = vm->ninterned;
    GiltStr *s = gilt_str_intern_cstr(ts, "a name nobody else uses");
    cr_assert_not_null(s);
    cr_assert_eq(vm->ninterned, n + 1);
    gilt_gc_collect(ts);
    cr_assert_eq(vm->ninterned, n);
}

Test(gc, heap_accounting_returns_to_baseline) {
    gilt_gc_collect(ts);
    size_t base = vm->heap_bytes;
    GiltDict *d = gilt_dict_new(ts);
    for (int i = 0; i < 1000; i++)
        gilt_dict_set(ts, d, INT_VAL(i), INT_VAL(i));
    cr_assert_gt(vm->heap_bytes, base);
    gilt_gc_collect(ts);
    cr_assert_eq(vm->heap_bytes, base);
}

Test(gc, memory_limit_raises_memory_error) {
    vm->heap_limit = vm->heap_bytes + (1 << 20);
    Value r = VAL_NONE;
    GiltList *l = gilt_list_new(ts, 0);
    gilt_gc_push_root(ts, OBJ_VAL(l));
    for (int i = 0; i < 100000 && r; i++) {
        Value s = gilt_str_printf(ts, "%0200d", i);
        if (!s || gilt_list_append(ts, l, s) < 0)
            r = VAL_NULL;
    }
    cr_assert_eq(r, VAL_NULL);
    cr_assert(gilt_exc_matches(ts, GILT_EXC_MEMORY_ERROR));
    gilt_exc_clear(ts);
    gilt_gc_pop_root(ts);
    vm->heap_limit = 0;
}
