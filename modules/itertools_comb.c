/* itertools_comb.c - The combinatoric iterators: product, permutations,
 * combinations and combinations_with_replacement.
 *
 * Each keeps its input as a tuple (product: one tuple per pool, repeats
 * included) and an array of indices advanced in lexicographic order, as
 * the documented equivalent code does; every step builds one new tuple.
 */
#include <string.h>

#include "../runtime/int.h"
#include "../runtime/str.h"
#include "../runtime/tuple.h"
#include "../runtime/type.h"
#include "../vm/gc.h"
#include "itertools.h"

enum { FIRST, RUNNING, DONE };

typedef struct {
    GiltObject obj;
    GiltTuple *pool;  // product: a tuple of pools; else the items
    size_t *indices;  // r entries
    size_t *cycles;   // permutations only
    size_t n, r;
    int state;
} Comb;

static Comb *comb_alloc(GiltThread *ts, Value cls, GiltTuple *pool, size_t n,
                        size_t r, bool cycles) {
    gilt_gc_push_root(ts, OBJ_VAL(pool));
    Comb *c = gilt_alloc_instance(ts, AS_TYPE(cls), sizeof(Comb));
    gilt_gc_pop_root(ts);
    if (!c)
        return NULL;
    c->pool = pool;
    c->n = n;
    c->r = r;
    if (r && !(c->indices = gilt_mem_alloc(ts, gilt_mem_size(r, sizeof(size_t)))))
        return NULL;
    if (cycles && r && !(c->cycles = gilt_mem_alloc(ts, gilt_mem_size(r, sizeof(size_t)))))
        return NULL;
    return c;
}

static void comb_trace(GiltGC *gc, GiltObject *o) {
    gilt_gc_mark_obj(gc, (GiltObject *)((Comb *)o)->pool);
}

static void comb_free(GiltVM *vm, GiltObject *o) {
    Comb *c = (Comb *)o;
    if (c->indices)
        gilt_mem_free(vm, c->indices, c->r * sizeof(size_t));
    if (c->cycles)
        gilt_mem_free(vm, c->cycles, c->r * sizeof(size_t));
}

// The tuple of pool items at indices[0..r).
static Value pick(GiltThread *ts, Comb *c) {
    GiltTuple *t = gilt_tuple_new(ts, c->r);
    if (!t)
        return VAL_NULL;
    for (size_t i = 0; i < c->r; i++)
        t->items[i] = c->pool->items[c->indices[i]];
    return OBJ_VAL(t);
}

// r from an argument: "Expected int as r" for permutations' message.
static int r_arg(GiltThread *ts, Value v, int64_t *out, bool strict_msg) {
    if (strict_msg && !IS_INT(v) && !gilt_is_int(ts, v)) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR, "Expected int as r");
        return -1;
    }
    if (IS_FLOAT(v)) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "'float' object cannot be interpreted as an integer");
        return -1;
    }
    if (gilt_index(ts, v, out) < 0)
        return -1;
    if (*out < 0) {
        gilt_raise(ts, GILT_EXC_VALUE_ERROR, "r must be non-negative");
        return -1;
    }
    return 0;
}

// ---- product --------------------------------------------------------------------------

static Value product_new(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    int64_t repeat = 1;
    for (size_t i = 0; kw && i < kw->len; i++) {
        if (!gilt_str_eq_cstr(AS_STR(kw->items[i]), "repeat") || kw->len > 1)
            return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                              "'%U' is an invalid keyword argument for product()",
                              AS_STR(kw->items[i]));
        if (gilt_index(ts, args[nargs + i], &repeat) < 0)
            return VAL_NULL;
    }
    if (repeat < 0)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR, "repeat argument cannot be negative");
    size_t npools = (size_t)nargs - 1;
    if (repeat && npools > SIZE_MAX / (size_t)repeat / sizeof(Value))
        return gilt_raise(ts, GILT_EXC_OVERFLOW_ERROR, "repeat argument too large");
    size_t r = npools * (size_t)repeat;
    GiltTuple *pools = gilt_tuple_new(ts, r);
    if (!pools)
        return VAL_NULL;
    gilt_gc_push_root(ts, OBJ_VAL(pools));
    for (size_t i = 0; i < npools; i++) {
        Value t = gilt_tuple_from_iterable(ts, args[1 + i]);
        if (!t)
            return VAL_NULL;
        for (int64_t k = 0; k < repeat; k++)
            pools->items[(size_t)k * npools + i] = t;
    }
    Comb *c = comb_alloc(ts, args[0], pools, npools, r, false);
    return c ? OBJ_VAL(c) : VAL_NULL;
}

static Value product_next(GiltThread *ts, Value self) {
    Comb *c = (Comb *)AS_OBJ(self);
    if (c->state == DONE)
        return VAL_NULL;
    if (c->state == FIRST) {
        c->state = RUNNING;
        for (size_t i = 0; i < c->r; i++) {
            c->indices[i] = 0;
            if (AS_TUPLE(c->pool->items[i])->len == 0) {
                c->state = DONE;
                return VAL_NULL;
            }
        }
    } else {
        size_t i = c->r;
        for (;;) {
            if (i == 0) {
                c->state = DONE;
                return VAL_NULL;
            }
            i--;
            if (++c->indices[i] < AS_TUPLE(c->pool->items[i])->len)
                break;
            c->indices[i] = 0;
        }
    }
    GiltTuple *t = gilt_tuple_new(ts, c->r);
    if (!t)
        return VAL_NULL;
    for (size_t i = 0; i < c->r; i++)
        t->items[i] = AS_TUPLE(c->pool->items[i])->items[c->indices[i]];
    return OBJ_VAL(t);
}

// ---- combinations ---------------------------------------------------------------------

static Value comb_common_new(GiltThread *ts, Value *args, int nargs, GiltTuple *kw,
                             const char *name, bool cycles) {
    static const char *const names[] = {"iterable", "r", NULL};
    Value a[2];
    bool perm = cycles;
    if (gilt_itertools_required(ts, name, nargs - 1, kw, names, perm ? 1 : 2) < 0 ||
        gilt_parse_args(ts, name, args + 1, nargs - 1, kw, names, perm ? 1 : 2, a) < 0)
        return VAL_NULL;
    Value pool = gilt_tuple_from_iterable(ts, a[0]);
    if (!pool)
        return VAL_NULL;
    size_t n = AS_TUPLE(pool)->len;
    int64_t r = (int64_t)n;
    gilt_gc_push_root(ts, pool);
    if (a[1] && !(perm && a[1] == VAL_NONE) && r_arg(ts, a[1], &r, perm) < 0)
        return VAL_NULL;
    Comb *c = comb_alloc(ts, args[0], AS_TUPLE(pool), n, (size_t)r, cycles);
    return c ? OBJ_VAL(c) : VAL_NULL;
}

static Value combinations_new(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return comb_common_new(ts, args, nargs, kw, "combinations", false);
}

static Value combinations_next(GiltThread *ts, Value self) {
    Comb *c = (Comb *)AS_OBJ(self);
    size_t n = c->n, r = c->r;
    if (c->state == DONE)
        return VAL_NULL;
    if (c->state == FIRST) {
        c->state = RUNNING;
        if (r > n) {
            c->state = DONE;
            return VAL_NULL;
        }
        for (size_t i = 0; i < r; i++)
            c->indices[i] = i;
        return pick(ts, c);
    }
    size_t i = r;
    for (;;) {
        if (i == 0) {
            c->state = DONE;
            return VAL_NULL;
        }
        i--;
        if (c->indices[i] != i + n - r)
            break;
    }
    c->indices[i]++;
    for (size_t j = i + 1; j < r; j++)
        c->indices[j] = c->indices[j - 1] + 1;
    return pick(ts, c);
}

static Value cwr_new(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return comb_common_new(ts, args, nargs, kw, "combinations_with_replacement", false);
}

static Value cwr_next(GiltThread *ts, Value self) {
    Comb *c = (Comb *)AS_OBJ(self);
    size_t n = c->n, r = c->r;
    if (c->state == DONE)
        return VAL_NULL;
    if (c->state == FIRST) {
        c->state = RUNNING;
        if (n == 0 && r > 0) {
            c->state = DONE;
            return VAL_NULL;
        }
        for (size_t i = 0; i < r; i++)
            c->indices[i] = 0;
        return pick(ts, c);
    }
    size_t i = r;
    for (;;) {
        if (i == 0) {
            c->state = DONE;
            return VAL_NULL;
        }
        i--;
        if (c->indices[i] != n - 1)
            break;
    }
    size_t index = c->indices[i] + 1;
    for (size_t j = i; j < r; j++)
        c->indices[j] = index;
    return pick(ts, c);
}

// ---- permutations ----------------------------------------------------------------------

static Value permutations_new(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    Value v = comb_common_new(ts, args, nargs, kw, "permutations", true);
    if (!v)
        return VAL_NULL;
    Comb *c = (Comb *)AS_OBJ(v);
    // indices hold a full permutation of range(n) (only the first r are
    // shown), so they need n entries when n > r.
    if (c->n > c->r) {
        size_t *idx = gilt_mem_realloc(ts, c->indices, c->r * sizeof(size_t),
                                       gilt_mem_size(c->n, sizeof(size_t)));
        if (!idx) {
            c->n = c->r; // what the free hook must release
            return VAL_NULL;
        }
        c->indices = idx;
    }
    return v;
}

static void rotate_left(size_t *a, size_t n) {
    size_t first = a[0];
    memmove(a, a + 1, (n - 1) * sizeof(size_t));
    a[n - 1] = first;
}

static Value permutations_next(GiltThread *ts, Value self) {
    Comb *c = (Comb *)AS_OBJ(self);
    size_t n = c->n, r = c->r;
    if (c->state == DONE)
        return VAL_NULL;
    if (c->state == FIRST) {
        c->state = RUNNING;
        if (r > n) {
            c->state = DONE;
            return VAL_NULL;
        }
        for (size_t i = 0; i < n; i++)
            c->indices[i] = i;
        for (size_t i = 0; i < r; i++)
            c->cycles[i] = n - i;
        return pick(ts, c);
    }
    for (size_t k = r; k-- > 0;) {
        if (--c->cycles[k] == 0) {
            rotate_left(c->indices + k, n - k);
            c->cycles[k] = n - k;
        } else {
            size_t j = c->cycles[k];
            size_t tmp = c->indices[k];
            c->indices[k] = c->indices[n - j];
            c->indices[n - j] = tmp;
            return pick(ts, c);
        }
    }
    c->state = DONE;
    return VAL_NULL;
}

// permutations' free hook: indices may hold n entries.
static void perm_free(GiltVM *vm, GiltObject *o) {
    Comb *c = (Comb *)o;
    size_t nidx = c->n > c->r ? c->n : c->r;
    if (c->indices)
        gilt_mem_free(vm, c->indices, nidx * sizeof(size_t));
    if (c->cycles)
        gilt_mem_free(vm, c->cycles, c->r * sizeof(size_t));
}

// ---- types ---------------------------------------------------------------------------

#define COMB_METHODS(name)                                                     \
    static const GiltMethodDef name##_methods[] = {                            \
        {"__new__", name##_new, 0, -1, GILT_M_STATIC | GILT_M_KW},             \
        {"__iter__", gilt_iter_self, 0, 0, 0},                                 \
        {NULL}};
COMB_METHODS(product)
COMB_METHODS(combinations)
COMB_METHODS(cwr)
COMB_METHODS(permutations)

#define COMB_SPEC(pyname, fn, freefn)                                          \
    {.name = pyname, .module = "itertools", .basicsize = sizeof(Comb),         \
     .flags = GILT_TF_BASETYPE, .methods = fn##_methods,                       \
     .iternext = fn##_next, .trace = comb_trace, .free = freefn}

static const GiltTypeSpec comb_specs[] = {
    COMB_SPEC("product", product, comb_free),
    COMB_SPEC("combinations", combinations, comb_free),
    COMB_SPEC("combinations_with_replacement", cwr, comb_free),
    COMB_SPEC("permutations", permutations, perm_free),
    {.name = NULL}};

int gilt_itertools_comb_init(GiltThread *ts, Value module) {
    return gilt_itertools_add_types(ts, module, comb_specs);
}
