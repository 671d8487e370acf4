/* heapq.c - The _heapq module: the heap primitives of lib/heapq.py in C
 * (heappush/heappop sit in the inner loops of schedulers and graph
 * searches). Same algorithms as the Python version: sift the new item
 * down from the leaf, or move the smaller child up to a leaf and sift.
 * Comparisons may run Python code that mutates the list; every step
 * re-checks the length as CPython does.
 */
#include "../runtime/list.h"
#include "../vm/gc.h"
#include "modules.h"

#define ARGS GiltThread *ts, Value *args, int nargs, GiltTuple *kw

static GiltList *heap_arg(GiltThread *ts, Value v) {
    if (!GILT_IS_SUB(ts, v, GILT_TF_LIST_SUB)) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR, "heap argument must be a list");
        return NULL;
    }
    return AS_LIST(v);
}

// a < b, or b < a for the max-heap variants: 1, 0, -1.
static int less(GiltThread *ts, Value a, Value b, bool max) {
    return max ? gilt_compare_bool(ts, b, a, GILT_LT) : gilt_compare_bool(ts, a, b, GILT_LT);
}

static int changed(GiltThread *ts) {
    gilt_raise(ts, GILT_EXC_RUNTIME_ERROR, "list changed size during iteration");
    return -1;
}

static int siftdown(GiltThread *ts, GiltList *h, size_t start, size_t pos, bool max) {
    size_t size = h->len;
    Value newitem = h->items[pos];
    gilt_gc_push_root(ts, newitem);
    while (pos > start) {
        size_t parentpos = (pos - 1) >> 1;
        Value parent = h->items[parentpos];
        int lt = less(ts, newitem, parent, max);
        if (lt < 0)
            return -1;
        if (size != h->len)
            return changed(ts);
        if (!lt)
            break;
        h->items[pos] = h->items[parentpos];
        pos = parentpos;
    }
    h->items[pos] = newitem;
    gilt_gc_pop_root(ts);
    return 0;
}

static int siftup(GiltThread *ts, GiltList *h, size_t pos, bool max) {
    size_t end = h->len, start = pos;
    Value newitem = h->items[pos];
    // Out of the list until placed, so only this root keeps it alive.
    gilt_gc_push_root(ts, newitem);
    size_t child = 2 * pos + 1;
    while (child < end) {
        size_t right = child + 1;
        if (right < end) {
            int lt = less(ts, h->items[child], h->items[right], max);
            if (lt < 0)
                return -1;
            if (end != h->len)
                return changed(ts);
            if (!lt)
                child = right;
        }
        h->items[pos] = h->items[child];
        pos = child;
        child = 2 * pos + 1;
    }
    h->items[pos] = newitem;
    gilt_gc_pop_root(ts);
    return siftdown(ts, h, start, pos, max);
}

static Value hq_heappush(ARGS) {
    GiltList *h = heap_arg(ts, args[0]);
    if (!h || gilt_list_append(ts, h, args[1]) < 0)
        return VAL_NULL;
    return siftdown(ts, h, 0, h->len - 1, false) < 0 ? VAL_NULL : VAL_NONE;
}

static Value pop(GiltThread *ts, Value heap, bool max) {
    GiltList *h = heap_arg(ts, heap);
    if (!h)
        return VAL_NULL;
    if (h->len == 0)
        return gilt_raise(ts, GILT_EXC_INDEX_ERROR, "index out of range");
    Value last = h->items[--h->len];
    if (h->len == 0)
        return last;
    Value r = h->items[0];
    h->items[0] = last;
    gilt_gc_push_root(ts, r);
    int s = siftup(ts, h, 0, max);
    gilt_gc_pop_root(ts);
    return s < 0 ? VAL_NULL : r;
}

static Value hq_heappop(ARGS) {
    return pop(ts, args[0], false);
}

static Value hq_heappop_max(ARGS) {
    return pop(ts, args[0], true);
}

static Value replace(GiltThread *ts, Value heap, Value item, bool max) {
    GiltList *h = heap_arg(ts, heap);
    if (!h)
        return VAL_NULL;
    if (h->len == 0)
        return gilt_raise(ts, GILT_EXC_INDEX_ERROR, "index out of range");
    Value r = h->items[0];
    h->items[0] = item;
    gilt_gc_push_root(ts, r);
    int s = siftup(ts, h, 0, max);
    gilt_gc_pop_root(ts);
    return s < 0 ? VAL_NULL : r;
}

static Value hq_heapreplace(ARGS) {
    return replace(ts, args[0], args[1], false);
}

static Value hq_heapreplace_max(ARGS) {
    return replace(ts, args[0], args[1], true);
}

static Value hq_heappushpop(ARGS) {
    GiltList *h = heap_arg(ts, args[0]);
    if (!h)
        return VAL_NULL;
    if (h->len == 0)
        return args[1];
    Value top = h->items[0];
    int lt = gilt_compare_bool(ts, top, args[1], GILT_LT);
    if (lt <= 0)
        return lt < 0 ? VAL_NULL : args[1];
    if (h->len == 0)
        return gilt_raise(ts, GILT_EXC_INDEX_ERROR, "index out of range");
    top = h->items[0];
    h->items[0] = args[1];
    gilt_gc_push_root(ts, top);
    int s = siftup(ts, h, 0, false);
    gilt_gc_pop_root(ts);
    return s < 0 ? VAL_NULL : top;
}

static Value heapify(GiltThread *ts, Value heap, bool max) {
    GiltList *h = heap_arg(ts, heap);
    if (!h)
        return VAL_NULL;
    for (size_t i = h->len / 2; i-- > 0;)
        if (siftup(ts, h, i, max) < 0)
            return VAL_NULL;
    return VAL_NONE;
}

static Value hq_heapify(ARGS) {
    return heapify(ts, args[0], false);
}

static Value hq_heapify_max(ARGS) {
    return heapify(ts, args[0], true);
}

static const GiltMethodDef heapq_functions[] = {
    {"heappush", hq_heappush, 2, 2, 0},
    {"heappop", hq_heappop, 1, 1, 0},
    {"heapreplace", hq_heapreplace, 2, 2, 0},
    {"heappushpop", hq_heappushpop, 2, 2, 0},
    {"heapify", hq_heapify, 1, 1, 0},
    {"_heappop_max", hq_heappop_max, 1, 1, 0},
    {"_heapreplace_max", hq_heapreplace_max, 2, 2, 0},
    {"_heapify_max", hq_heapify_max, 1, 1, 0},
    {NULL}};

const GiltModuleDef gilt_module_heapq = {
    .name = "_heapq",
    .doc = "Heap queue algorithm (the C half of heapq).",
    .functions = heapq_functions,
};
