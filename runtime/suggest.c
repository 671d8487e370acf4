/* suggest.c - "Did you mean: 'x'?" for NameError and AttributeError, as
 * CPython 3.11 prints under a traceback: the candidate with the smallest
 * weighted Levenshtein distance (case changes cost 1, other edits 2) within
 * a third of the characters involved.
 */
#include <string.h>

#include "../vm/code.h"
#include "../vm/gc.h"
#include "dict.h"
#include "list.h"
#include "str.h"
#include "suggest.h"
#include "traceback.h"
#include "type.h"

#define MAX_CANDIDATES 750
#define MAX_STRING 40
#define MOVE_COST 2
#define CASE_COST 1

static size_t sub_cost(char a, char b) {
    if ((a & 31) != (b & 31))
        return MOVE_COST;
    if (a == b)
        return 0;
    if (a >= 'A' && a <= 'Z')
        a += 'a' - 'A';
    if (b >= 'A' && b <= 'Z')
        b += 'a' - 'A';
    return a == b ? CASE_COST : MOVE_COST;
}

static size_t distance(const char *a, size_t na, const char *b, size_t nb,
                       size_t max) {
    size_t row[MAX_STRING];
    while (na && nb && a[0] == b[0])
        a++, b++, na--, nb--;
    while (na && nb && a[na - 1] == b[nb - 1])
        na--, nb--;
    if (!na || !nb)
        return (na + nb) * MOVE_COST;
    if (na > MAX_STRING || nb > MAX_STRING)
        return max + 1;
    if (nb < na) {
        const char *t = a;
        a = b;
        b = t;
        size_t n = na;
        na = nb;
        nb = n;
    }
    if ((nb - na) * MOVE_COST > max)
        return max + 1;
    for (size_t i = 0; i < na; i++)
        row[i] = (i + 1) * MOVE_COST;
    size_t result = 0;
    for (size_t bi = 0; bi < nb; bi++) {
        size_t d = result = bi * MOVE_COST, minimum = SIZE_MAX;
        for (size_t i = 0; i < na; i++) {
            size_t substitute = d + sub_cost(b[bi], a[i]);
            d = row[i];
            size_t insdel = (result < d ? result : d) + MOVE_COST;
            result = insdel < substitute ? insdel : substitute;
            row[i] = result;
            if (result < minimum)
                minimum = result;
        }
        if (minimum > max)
            return max + 1;
    }
    return result;
}

// The best candidate for [name] among the strs in the list [dir], or NULL.
static GiltStr *best_of(GiltThread *ts, Value dir, GiltStr *name) {
    GiltList *l = AS_LIST(dir);
    if (l->len >= MAX_CANDIDATES)
        return NULL;
    GiltStr *best = NULL;
    size_t best_d = SIZE_MAX;
    for (size_t i = 0; i < l->len; i++) {
        if (!GILT_IS_SUB(ts, l->items[i], GILT_TF_STR_SUB))
            continue;
        GiltStr *item = AS_STR(l->items[i]);
        if (gilt_str_eq(item, name))
            continue;
        size_t max = (name->size + item->size + 3) * MOVE_COST / 6;
        if (best_d - 1 < max)
            max = best_d - 1;
        size_t d = distance(name->data, name->size, item->data, item->size, max);
        if (d > max)
            continue;
        if (!best || d < best_d) {
            best = item;
            best_d = d;
        }
    }
    return best;
}

static GiltStr *from_iterable(GiltThread *ts, Value names, GiltStr *name) {
    Value dir = gilt_list_from_iterable(ts, names);
    if (!dir) {
        gilt_exc_clear(ts);
        return NULL;
    }
    gilt_gc_push_root(ts, dir);
    GiltStr *s = best_of(ts, dir, name);
    gilt_gc_pop_root(ts);
    return s;
}

static GiltStr *for_name_error(GiltThread *ts, Value exc, GiltStr *name) {
    Value tb = ((GiltException *)AS_OBJ(exc))->traceback;
    if (!GILT_IS(ts, tb, TRACEBACK))
        return NULL;
    GiltTraceback *last = (GiltTraceback *)AS_OBJ(tb);
    while (GILT_IS(ts, last->next, TRACEBACK))
        last = (GiltTraceback *)AS_OBJ(last->next);
    GiltStr *s = from_iterable(ts, OBJ_VAL(last->code->varnames), name);
    if (!s && last->globals)
        s = from_iterable(ts, OBJ_VAL(last->globals), name);
    if (!s)
        s = from_iterable(ts, ts->vm->builtins, name);
    return s;
}

static GiltStr *for_attribute_error(GiltThread *ts, Value obj, GiltStr *name) {
    Value dir = gilt_dict_get_str(ts, AS_DICT(ts->vm->builtins),
                                  gilt_str_intern_cstr(ts, "dir"));
    Value names = dir ? gilt_call1(ts, dir, obj) : VAL_NULL;
    if (!names) {
        gilt_exc_clear(ts);
        return NULL;
    }
    gilt_gc_push_root(ts, names);
    GiltStr *s = from_iterable(ts, names, name);
    gilt_gc_pop_root(ts);
    return s;
}

GiltStr *gilt_suggest(GiltThread *ts, Value exc) {
    GiltDict *d = ((GiltException *)AS_OBJ(exc))->dict;
    if (!d)
        return NULL;
    Value name = gilt_dict_get_str(ts, d, gilt_str_intern_cstr(ts, "name"));
    if (!name || !GILT_IS_SUB(ts, name, GILT_TF_STR_SUB))
        return NULL;
    GiltVM *vm = ts->vm;
    if (gilt_isinstance_type(ts, exc, vm->exc_types[GILT_EXC_NAME_ERROR]))
        return for_name_error(ts, exc, AS_STR(name));
    if (gilt_isinstance_type(ts, exc, vm->exc_types[GILT_EXC_ATTRIBUTE_ERROR])) {
        Value obj = gilt_dict_get_str(ts, d, gilt_str_intern_cstr(ts, "obj"));
        return obj ? for_attribute_error(ts, obj, AS_STR(name)) : NULL;
    }
    return NULL;
}

void gilt_attribute_error_context(GiltThread *ts, Value obj, GiltStr *name) {
    Value e = ts->exc;
    if (!e || !gilt_isinstance_type(ts, e, ts->vm->exc_types[GILT_EXC_ATTRIBUTE_ERROR]))
        return;
    GiltException *x = (GiltException *)AS_OBJ(e);
    if (x->dict || (x->dict = gilt_dict_new(ts))) {
        gilt_dict_set_cstr(ts, x->dict, "name", OBJ_VAL(name));
        gilt_dict_set_cstr(ts, x->dict, "obj", obj);
    }
    gilt_exc_clear(ts);
    ts->exc = e;
}
