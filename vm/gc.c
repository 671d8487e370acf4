/* gc.c - Allocation accounting and mark-sweep collection.
 *
 * See gc.h for the rooting rule. Marking pushes objects on a gray stack
 * and drains it, calling each type's trace hook, so deep structures never
 * recurse in C. If the gray stack cannot grow, the overflowing objects are
 * remembered by a flag and found again by rescanning the heap for marked
 * objects whose children may be unmarked (slow, but never wrong).
 */
#include "gc.h"

#include <malloc.h>
#include <stdarg.h>
#include <stdlib.h>

#include "../runtime/dict.h"
#include "../runtime/str.h"
#include "frame.h"
#include "gc_internal.h"

#define PAGE_SIZE (64 * 1024)

size_t gilt_mem_size(size_t n, size_t size) {
    if (size && n > SIZE_MAX / size)
        return SIZE_MAX;
    return n * size;
}

static bool over_limit(GiltVM *vm, size_t more) {
    return vm->heap_limit && vm->heap_bytes + more > vm->heap_limit;
}

static void account(GiltVM *vm, size_t more) {
    vm->heap_bytes += more;
    if (vm->heap_bytes > vm->heap_threshold && vm->gc_enabled)
        atomic_fetch_or(&vm->eval_breaker, GILT_EB_GC);
}

void *gilt_mem_realloc(GiltThread *ts, void *ptr, size_t old, size_t size) {
    GiltVM *vm = ts->vm;
    (void)old;
    size_t had = ptr ? malloc_usable_size(ptr) : 0;
    if (size == 0) {
        free(ptr);
        vm->heap_bytes -= had;
        return NULL;
    }
    if (size > (SIZE_MAX >> 2) || (size > had && over_limit(vm, size - had)))
        goto nomem;
    void *p = realloc(ptr, size);
    if (!p)
        goto nomem;
    vm->heap_bytes -= had;
    account(vm, malloc_usable_size(p));
    return p;
nomem:
    gilt_raise_nomem(ts);
    return NULL;
}

void *gilt_mem_alloc(GiltThread *ts, size_t size) {
    void *p = gilt_mem_realloc(ts, NULL, 0, size);
    if (p)
        memset(p, 0, size);
    return p;
}

void gilt_mem_free(GiltVM *vm, void *ptr, size_t size) {
    (void)size;
    if (!ptr)
        return;
    vm->heap_bytes -= malloc_usable_size(ptr);
    free(ptr);
}

// A small object from its size class's free list or the current page.
static GiltObject *small_alloc(GiltVM *vm, unsigned cls) {
    GiltObject *o = vm->free_lists[cls];
    if (o) {
        vm->free_lists[cls] = (GiltObject *)o->gcword;
        return o;
    }
    size_t size = (size_t)cls * 16;
    if (vm->page_cur + size > vm->page_end) {
        char *page = malloc(PAGE_SIZE);
        if (!page)
            return NULL;
        *(void **)page = vm->pages;
        vm->pages = page;
        vm->page_cur = page + 16;
        vm->page_end = page + PAGE_SIZE;
    }
    o = (GiltObject *)vm->page_cur;
    vm->page_cur += size;
    return o;
}

void *gilt_gc_alloc(GiltThread *ts, GiltType *type, size_t size) {
    GiltVM *vm = ts->vm;
    unsigned cls = (unsigned)((size + 15) / 16);
    GiltObject *o;
    size_t bytes;
    if (GILT_SMALL_ALLOC && cls <= GILT_SMALL_CLASSES) {
        bytes = (size_t)cls * 16;
        o = over_limit(vm, bytes) ? NULL : small_alloc(vm, cls);
    } else {
        cls = 0;
        o = over_limit(vm, size) || size > (SIZE_MAX >> 2) ? NULL
                                                           : malloc(size);
        bytes = o ? malloc_usable_size(o) : 0;
    }
    if (!o) {
        gilt_raise_nomem(ts);
        return NULL;
    }
    memset(o, 0, size);
    account(vm, bytes);
    o->type = type;
    o->gcword = (uintptr_t)vm->heap | ((uintptr_t)cls << CLASS_SHIFT);
    vm->heap = o;
    return o;
}

// ---- marking --------------------------------------------------------------

bool gilt_gc_is_marked(GiltObject *o) {
    return o->gcword & MARK_BIT;
}

void gilt_gc_mark_obj(GiltGC *gc, GiltObject *o) {
    if (!o || (o->gcword & MARK_BIT))
        return;
    o->gcword |= MARK_BIT;
    GiltVM *vm = gc->vm;
    // The type is reachable from every instance; mark it like a child.
    if (o->type && !(o->type->obj.gcword & MARK_BIT))
        gilt_gc_mark_obj(gc, &o->type->obj);
    if (!o->type || !o->type->trace)
        return;
    if (vm->ngray == vm->gray_cap) {
        size_t cap = vm->gray_cap ? vm->gray_cap * 2 : 1024;
        Value *g = realloc(vm->gray, cap * sizeof(Value));
        if (!g) {
            gc->vm->gray_overflow = true;
            return;
        }
        vm->gray = g;
        vm->gray_cap = cap;
    }
    vm->gray[vm->ngray++] = OBJ_VAL(o);
}

void gilt_gc_mark(GiltGC *gc, Value v) {
    if (IS_OBJ(v))
        gilt_gc_mark_obj(gc, AS_OBJ(v));
}

void gilt_gc_mark_values(GiltGC *gc, const Value *v, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (IS_OBJ(v[i]))
            gilt_gc_mark_obj(gc, AS_OBJ(v[i]));
}

static void drain(GiltGC *gc) {
    GiltVM *vm = gc->vm;
    while (vm->ngray > 0) {
        GiltObject *o = AS_OBJ(vm->gray[--vm->ngray]);
        o->type->trace(gc, o);
    }
}

// After a gray-stack overflow: retrace every marked object (children that
// were dropped get marked now) until nothing new is found.
static void recover_overflow(GiltGC *gc) {
    while (gc->vm->gray_overflow) {
        gc->vm->gray_overflow = false;
        for (GiltObject *o = gc->vm->heap; o; o = NEXT(o)) {
            if ((o->gcword & MARK_BIT) && o->type && o->type->trace) {
                o->type->trace(gc, o);
                drain(gc);
            }
        }
    }
}

static void mark_thread(GiltGC *gc, GiltThread *ts) {
    gilt_gc_mark(gc, ts->exc);
    gilt_gc_mark(gc, ts->exc_info);
    gilt_gc_mark(gc, ts->async_exc);
    gilt_gc_mark(gc, ts->dict);
    gilt_gc_mark(gc, ts->start_payload);
    gilt_gc_mark_values(gc, ts->roots, ts->nroots);
    for (GiltFrame *f = ts->frame; f; f = f->prev)
        gilt_frame_trace(gc, f);
}

static void mark_roots(GiltGC *gc) {
    GiltVM *vm = gc->vm;
    for (int i = 0; i < GILT_T__COUNT; i++)
        gilt_gc_mark_obj(gc, (GiltObject *)vm->types[i]);
    for (int i = 0; i < GILT_EXC__COUNT; i++)
        gilt_gc_mark_obj(gc, (GiltObject *)vm->exc_types[i]);
    GiltStr **names = (GiltStr **)&vm->names;
    for (size_t i = 0; i < sizeof vm->names / sizeof(GiltStr *); i++)
        gilt_gc_mark_obj(gc, (GiltObject *)names[i]);
    for (int i = 0; i < 256; i++)
        gilt_gc_mark_obj(gc, (GiltObject *)vm->char_cache[i]);
    Value singles[] = {vm->memory_error, vm->empty_tuple, vm->empty_str,
                       vm->empty_bytes,  vm->modules,     vm->builtins,
                       vm->sys,          vm->path,        vm->main_module};
    gilt_gc_mark_values(gc, singles, sizeof singles / sizeof singles[0]);
    for (GiltHandleNode *h = vm->handles.next; h != &vm->handles; h = h->next)
        gilt_gc_mark(gc, h->value);
    for (GiltThread *t = vm->threads; t; t = t->next)
        mark_thread(gc, t);
    gilt_gc_mark_finalizable(gc);
}

// ---- weak tables ------------------------------------------------------------

static bool dead(GiltObject *o) {
    return o && !(o->gcword & MARK_BIT);
}

static void prune_interned(GiltVM *vm) {
    // Open addressing: rebuild in place by re-inserting survivors.
    size_t cap = vm->interned_cap;
    GiltStr **old = vm->interned;
    if (!old)
        return;
    GiltStr **fresh = calloc(cap, sizeof(GiltStr *));
    if (!fresh) {
        // Keep everything alive rather than leave dangling entries.
        for (size_t i = 0; i < cap; i++)
            if (old[i])
                old[i]->obj.gcword |= MARK_BIT;
        return;
    }
    size_t n = 0;
    for (size_t i = 0; i < cap; i++) {
        GiltStr *s = old[i];
        if (!s || dead(&s->obj))
            continue;
        size_t j = (size_t)s->hash & (cap - 1);
        while (fresh[j])
            j = (j + 1) & (cap - 1);
        fresh[j] = s;
        n++;
    }
    free(old);
    vm->interned = fresh;
    vm->ninterned = n;
}

static void prune_types(GiltVM *vm) {
    size_t n = 0;
    for (size_t i = 0; i < vm->nheap_types; i++)
        if (!dead(&vm->heap_types[i]->obj))
            vm->heap_types[n++] = vm->heap_types[i];
    vm->nheap_types = n;
    // Subclass lists of every surviving type (builtin ones included).
    for (int i = 0; i < GILT_T__COUNT + GILT_EXC__COUNT + 1; i++) {
        GiltType *t = NULL;
        if (i < GILT_T__COUNT)
            t = vm->types[i];
        else if (i < GILT_T__COUNT + GILT_EXC__COUNT)
            t = vm->exc_types[i - GILT_T__COUNT];
        if (!t)
            continue;
        uint32_t k = 0;
        for (uint32_t j = 0; j < t->nsubclasses; j++)
            if (!dead(&t->subclasses[j]->obj))
                t->subclasses[k++] = t->subclasses[j];
        t->nsubclasses = k;
    }
    for (size_t i = 0; i < vm->nheap_types; i++) {
        GiltType *t = vm->heap_types[i];
        uint32_t k = 0;
        for (uint32_t j = 0; j < t->nsubclasses; j++)
            if (!dead(&t->subclasses[j]->obj))
                t->subclasses[k++] = t->subclasses[j];
        t->nsubclasses = k;
    }
    // Cached lookups may name dead types' versions only; entries holding a
    // dead value must go.
    for (size_t i = 0; i < GILT_METHOD_CACHE_SIZE; i++) {
        GiltMethodCacheEntry *e = &vm->method_cache[i];
        if ((e->name && dead(&e->name->obj)) ||
            (IS_OBJ(e->value) && dead(AS_OBJ(e->value)))) {
            e->version = 0;
            e->name = NULL;
            e->value = VAL_NULL;
        }
    }
}

// ---- sweep ------------------------------------------------------------------

static void release(GiltVM *vm, GiltObject *o) {
    unsigned cls = SIZE_CLASS(o);
    if (cls) {
        vm->heap_bytes -= (size_t)cls * 16;
        o->type = NULL;
        o->gcword = (uintptr_t)vm->free_lists[cls];
        vm->free_lists[cls] = o;
    } else {
        vm->heap_bytes -= malloc_usable_size(o);
        free(o);
    }
}

static void set_next(GiltObject *o, GiltObject *next) {
    o->gcword = (o->gcword & ~(NEXT_MASK | MARK_BIT)) | (uintptr_t)next;
}

// One pass: keep marked objects, run free hooks and release the rest.
// Dead type objects are released only after the pass, so a dying
// instance can still read its (maybe dying) type; free hooks must not
// touch any other object.
static void sweep(GiltVM *vm) {
    GiltObject *prev = NULL, *o = vm->heap, *dead_types = NULL;
    vm->heap = NULL;
    while (o) {
        GiltObject *next = NEXT(o);
        if (o->gcword & MARK_BIT) {
            if (prev)
                set_next(prev, o);
            else
                vm->heap = o;
            prev = o;
        } else {
            GiltType *t = o->type;
            if (t && t->free)
                t->free(vm, o);
            if (t && (t->flags & GILT_TF_TYPE_SUB)) {
                set_next(o, dead_types);
                dead_types = o;
            } else {
                release(vm, o);
            }
        }
        o = next;
    }
    if (prev)
        set_next(prev, NULL);
    while (dead_types) {
        GiltObject *next = NEXT(dead_types);
        release(vm, dead_types);
        dead_types = next;
    }
}

void gilt_gc_collect(GiltThread *ts) {
    GiltVM *vm = ts->vm;
    if (vm->gc_running)
        return;
    vm->gc_running = true;
    GiltGC gc = {vm};
    vm->gray_overflow = false;
    mark_roots(&gc);
    drain(&gc);
    recover_overflow(&gc);
    gilt_gc_find_finalizable(&gc, ts);
    drain(&gc);
    recover_overflow(&gc);
    prune_interned(vm);
    prune_types(vm);
    sweep(vm);
    vm->gc_collections++;
    size_t next = vm->heap_bytes * GILT_GC_GROWTH;
    vm->heap_threshold = next > GILT_GC_INITIAL ? next : GILT_GC_INITIAL;
    atomic_fetch_and(&vm->eval_breaker, ~(uint32_t)GILT_EB_GC);
    vm->gc_running = false;
}

void gilt_gc_safepoint(GiltThread *ts) {
    GiltVM *vm = ts->vm;
    if (!vm->gc_enabled)
        return;
    if (GILT_DEBUG_STRESS_GC || vm->heap_bytes > vm->heap_threshold)
        gilt_gc_collect(ts);
}

void gilt_gc_free_all(GiltVM *vm) {
    // Every object dies: clear the marks, then sweep as usual.
    for (GiltObject *o = vm->heap; o; o = NEXT(o))
        o->gcword &= ~MARK_BIT;
    sweep(vm);
    GiltObject *o = vm->heap;
    while (o) {
        GiltObject *next = NEXT(o);
        if (!SIZE_CLASS(o))
            free(o);
        o = next;
    }
    vm->heap = NULL;
    while (vm->pages) {
        void *next = *(void **)vm->pages;
        free(vm->pages);
        vm->pages = next;
    }
    memset(vm->free_lists, 0, sizeof vm->free_lists);
    vm->page_cur = vm->page_end = NULL;
    free(vm->gray);
    vm->gray = NULL;
    free(vm->final_q);
    vm->final_q = NULL;
    vm->nfinal = vm->final_cap = 0;
}

// ---- temporary roots ----------------------------------------------------------

void gilt_gc_push_root(GiltThread *ts, Value v) {
    if (ts->nroots == ts->roots_cap) {
        size_t cap = ts->roots_cap ? ts->roots_cap * 2 : 64;
        Value *r = realloc(ts->roots, cap * sizeof(Value));
        if (!r)
            gilt_fatal("out of memory growing the temporary root stack");
        ts->roots = r;
        ts->roots_cap = cap;
    }
    ts->roots[ts->nroots++] = v;
}

void gilt_gc_pop_root(GiltThread *ts) {
    GILT_ASSERT(ts->nroots > 0);
    ts->nroots--;
}
