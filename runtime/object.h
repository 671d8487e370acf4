/* object.h - Object header, type objects, native function tables, and the
 * generic protocols (repr, hash, compare, getattr, call, iterate...).
 *
 * Design: dict first. A type's behaviour is what its MRO's dicts say: a
 * builtin type registers native methods (`__add__`, `__len__`, `append`) in
 * its dict exactly as a class does with Python functions, so subclassing,
 * overriding, `int.__add__`, `super().__init__()` and `hasattr(x, "__len__")`
 * all follow from one mechanism. Lookups go through the VM's method cache,
 * keyed by (type version, interned name), so a repeated `__eq__` lookup is a
 * few loads. Speed for builtin types comes from fast paths (in the eval
 * loop and in the functions below) taken before the generic dunder lookup.
 *
 * A type struct also carries a few C hooks that would be too slow through
 * the dict: call, iternext, getattr, setattr, descr_get, descr_set, and the
 * GC's trace and free. type.c keeps hooks and dict consistent: a class that
 * defines `__call__` (or any hook's dunder) gets the generic hook that calls
 * the dunder; otherwise hooks are inherited from the base.
 *
 * Every function returning Value returns VAL_NULL on error with the
 * exception set on the thread state (exc.h); int functions return -1.
 */
#ifndef GILT_OBJECT_H
#define GILT_OBJECT_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "value.h"

typedef struct GiltVM GiltVM;
typedef struct GiltThread GiltThread;
typedef struct GiltType GiltType;
typedef struct GiltStr GiltStr;
typedef struct GiltTuple GiltTuple;
typedef struct GiltList GiltList;
typedef struct GiltDict GiltDict;
typedef struct GiltGC GiltGC;

// Every heap object starts with this header. `gcword` links the object
// into the VM's heap list; its low bit is the mark bit (gc.c owns it).
struct GiltObject {
    GiltType *type;
    uintptr_t gcword;
};

// ---- native functions ---------------------------------------------------

// The one native calling convention. [args] holds [nargs] positional
// values followed by one value per name in [kwnames] (a tuple of interned
// str, or NULL when there are no keyword arguments). For methods args[0]
// is self and nargs counts it. [args] is borrowed and lives on a rooted
// stack: the callee may read it until it returns.
typedef Value (*GiltNativeFn)(GiltThread *ts, Value *args, int nargs,
                              GiltTuple *kwnames);

// GiltMethodDef.flags
enum {
    GILT_M_KW = 1 << 0,     // accepts keyword arguments (else TypeError)
    GILT_M_STATIC = 1 << 1, // staticmethod: no self (e.g. __new__)
    GILT_M_CLASS = 1 << 2,  // classmethod: args[0] is the class
};

// One native function or method. [min]/[max] bound the positional count,
// self excluded; max -1 means unbounded. The caller checks them and raises
// CPython's TypeError, so [fn] may index args[0..min] without checking.
// Keyword arguments are not counted: GILT_M_KW functions parse them with
// gilt_parse_args().
typedef struct GiltMethodDef {
    const char *name;
    GiltNativeFn fn;
    int8_t min, max;
    uint16_t flags;
} GiltMethodDef;

// A computed attribute on a builtin type. [set] NULL means read-only;
// set() receives VAL_NULL to delete.
typedef struct GiltGetSetDef {
    const char *name;
    Value (*get)(GiltThread *ts, Value self);
    int (*set)(GiltThread *ts, Value self, Value v);
} GiltGetSetDef;

// ---- types --------------------------------------------------------------

typedef void (*GiltTraceFn)(GiltGC *gc, GiltObject *o);
typedef void (*GiltFreeFn)(GiltVM *vm, GiltObject *o);
typedef size_t (*GiltVarSizeFn)(GiltObject *o);
typedef Value (*GiltCallFn)(GiltThread *ts, Value callable, Value *args,
                            int nargs, GiltTuple *kwnames);
typedef Value (*GiltIterNextFn)(GiltThread *ts, Value it);
typedef Value (*GiltGetAttrFn)(GiltThread *ts, Value obj, GiltStr *name);
typedef int (*GiltSetAttrFn)(GiltThread *ts, Value obj, GiltStr *name,
                             Value v);
typedef Value (*GiltDescrGetFn)(GiltThread *ts, Value descr, Value obj,
                                Value type);
typedef int (*GiltDescrSetFn)(GiltThread *ts, Value descr, Value obj,
                              Value v);

// GiltType.flags
enum {
    GILT_TF_HEAPTYPE = 1 << 0,  // created by a class statement or type()
    GILT_TF_BASETYPE = 1 << 1,  // may be subclassed
    GILT_TF_ABSTRACT = 1 << 2,  // cannot be instantiated directly
    // Fast subclass tests (set on the type and inherited).
    GILT_TF_INT_SUB = 1 << 8,
    GILT_TF_STR_SUB = 1 << 9,
    GILT_TF_BYTES_SUB = 1 << 10,
    GILT_TF_LIST_SUB = 1 << 11,
    GILT_TF_TUPLE_SUB = 1 << 12,
    GILT_TF_DICT_SUB = 1 << 13,
    GILT_TF_TYPE_SUB = 1 << 14,
    GILT_TF_EXC_SUB = 1 << 15, // BaseException subclass
    GILT_TF_FLOAT_SUB = 1 << 16,
    GILT_TF_SET_SUB = 1 << 17, // set or frozenset
    GILT_TF_HAS_SLOTS = 1 << 18, // the class adds named __slots__
    // The type's dict defines __eq__ but not __hash__: instances unhashable.
    GILT_TF_UNHASHABLE = 1 << 20,
};

struct GiltType {
    GiltObject obj;
    GiltStr *name;     // __name__
    GiltStr *qualname; // __qualname__
    GiltType *base;    // __base__; NULL only for object
    GiltTuple *bases;  // __bases__
    GiltTuple *mro;    // __mro__, self first
    GiltDict *dict;    // __dict__ (the type's own namespace)
    GiltType *solid;   // nearest builtin ancestor (self for builtins):
                       // instances have its C layout, plus a __dict__
                       // pointer at dict_offset when it has none
    Value doc;         // __doc__ of builtin types, VAL_NULL otherwise
    uint32_t flags;
    uint32_t version;     // method-cache tag; 0 = do not cache
    // Bytes in an instance. For a class this is the solid base's size plus
    // one Value per __slots__ entry and the __dict__ slot, placed after the
    // solid base's part; for var-sized bases (tuple, str, int, bytes) that
    // part ends where varsize() says, so the extras follow it.
    uint32_t basicsize;
    uint32_t dict_offset; // offset of an instance's GiltDict *, 0 if none;
                          // for var-sized solids relative to the extras
    GiltVarSizeFn varsize; // var-sized builtins: bytes of an instance's
                           // builtin part; NULL for fixed-size types
    uint16_t id;          // GiltTypeId for builtin types, GILT_T__COUNT else
    GiltType **subclasses; // weak; pruned by the GC
    uint32_t nsubclasses, subclasses_cap;

    // C hooks. NULL means "use the generic path" (see the file comment).
    // descr_get receives obj == VAL_NULL for access through the class.
    GiltCallFn call;
    GiltIterNextFn iternext; // VAL_NULL, no exception: exhausted
    GiltGetAttrFn getattr;
    GiltSetAttrFn setattr; // v == VAL_NULL deletes
    GiltDescrGetFn descr_get;
    GiltDescrSetFn descr_set;
    // GC hooks of the solid base: trace marks the children (NULL: none);
    // free releases C memory the object owns (not the object itself) and
    // must not touch other objects, which may already be dead.
    GiltTraceFn trace;
    GiltFreeFn free;
};

// Builtin types, one id each; vm->types[id] is the type object. Files add
// theirs here and register a GiltTypeSpec in their *_init function.
#define GILT_BUILTIN_TYPES(X)                                                  \
    X(OBJECT, "object")                                                        \
    X(TYPE, "type")                                                            \
    X(NONE, "NoneType")                                                        \
    X(NOTIMPL, "NotImplementedType")                                           \
    X(ELLIPSIS, "ellipsis")                                                    \
    X(INT, "int")                                                              \
    X(BOOL, "bool")                                                            \
    X(FLOAT, "float")                                                          \
    X(COMPLEX, "complex")                                                      \
    X(STR, "str")                                                              \
    X(BYTES, "bytes")                                                          \
    X(BYTEARRAY, "bytearray")                                                  \
    X(LIST, "list")                                                            \
    X(TUPLE, "tuple")                                                          \
    X(DICT, "dict")                                                            \
    X(SET, "set")                                                              \
    X(FROZENSET, "frozenset")                                                  \
    X(RANGE, "range")                                                          \
    X(SLICE, "slice")                                                          \
    X(FUNCTION, "function")                                                    \
    X(NATIVE, "builtin_function_or_method")                                    \
    X(METHOD_DESCR, "method_descriptor")                                       \
    X(GETSET_DESCR, "getset_descriptor")                                       \
    X(METHOD, "method")                                                        \
    X(CODE, "code")                                                            \
    X(CELL, "cell")                                                            \
    X(MODULE, "module")                                                        \
    X(PROPERTY, "property")                                                    \
    X(STATICMETHOD, "staticmethod")                                            \
    X(CLASSMETHOD, "classmethod")                                              \
    X(SUPER, "super")                                                          \
    X(GENERATOR, "generator")                                                  \
    X(COROUTINE, "coroutine")                                                  \
    X(ASYNC_GENERATOR, "async_generator")                                      \
    X(CORO_WRAPPER, "coroutine_wrapper")                                       \
    X(ASYNC_GEN_ASEND, "async_generator_asend")                                \
    X(FRAME, "frame")                                                          \
    X(TRACEBACK, "traceback")                                                  \
    X(MAPPINGPROXY, "mappingproxy")                                            \
    X(DICT_KEYS, "dict_keys")                                                  \
    X(DICT_VALUES, "dict_values")                                              \
    X(DICT_ITEMS, "dict_items")                                                \
    X(DICT_KEYITER, "dict_keyiterator")                                        \
    X(DICT_VALUEITER, "dict_valueiterator")                                    \
    X(DICT_ITEMITER, "dict_itemiterator")                                      \
    X(DICT_REVKEYITER, "dict_reversekeyiterator")                              \
    X(DICT_REVVALUEITER, "dict_reversevalueiterator")                          \
    X(DICT_REVITEMITER, "dict_reverseitemiterator")                            \
    X(LIST_ITER, "list_iterator")                                              \
    X(LIST_REVITER, "list_reverseiterator")                                    \
    X(TUPLE_ITER, "tuple_iterator")                                            \
    X(STR_ITER, "str_ascii_iterator")                                          \
    X(BYTES_ITER, "bytes_iterator")                                            \
    X(SET_ITER, "set_iterator")                                                \
    X(RANGE_ITER, "range_iterator")                                            \
    X(LONGRANGE_ITER, "longrange_iterator")                                    \
    X(SEQ_ITER, "iterator")                                                    \
    X(CALL_ITER, "callable_iterator")                                          \
    X(ENUMERATE, "enumerate")                                                  \
    X(ZIP, "zip")                                                              \
    X(MAP, "map")                                                              \
    X(FILTER, "filter")                                                        \
    X(REVERSED, "reversed")                                                    \
    X(MEMBER_DESCR, "member_descriptor")                                       \
    X(MODULE_SPEC, "ModuleSpec")                                               \
    X(LOADER, "GiltLoader")                                                    \
    X(THREAD_LOCK, "lock")                                                     \
    X(ASYNC_GEN_WRAPPED, "async_generator_wrapped_value")                      \
    X(GENERIC_ALIAS, "GenericAlias")                                           \
    X(UNION_TYPE, "UnionType")

typedef enum {
#define X(id, name) GILT_T_##id,
    GILT_BUILTIN_TYPES(X)
#undef X
        GILT_T__COUNT
} GiltTypeId;

// What a runtime file hands to gilt_type_from_spec() to make a builtin type.
// Hooks and [methods]/[getsets] as in GiltType; [base] is a GiltTypeId
// (GILT_T_OBJECT when zero-initialised). [module] names __module__ for
// types that live in a module ("builtins" when NULL).
typedef struct GiltTypeSpec {
    const char *name;
    const char *module;
    const char *doc;
    GiltTypeId base;
    GiltType *base_type; // when set, the base instead of [base]
    uint32_t basicsize;
    uint32_t dict_offset;
    uint32_t flags;
    GiltVarSizeFn varsize;
    const GiltMethodDef *methods;
    const GiltGetSetDef *getsets;
    GiltCallFn call;
    GiltIterNextFn iternext;
    GiltGetAttrFn getattr;
    GiltSetAttrFn setattr;
    GiltDescrGetFn descr_get;
    GiltDescrSetFn descr_set;
    GiltTraceFn trace;
    GiltFreeFn free;
} GiltTypeSpec;

// ---- type tests ---------------------------------------------------------

// gilt_typeof(ts, v), the type of any value, is inline in vm/state.h.

// isinstance(v, type) for a type known at C level; no user code runs.
bool gilt_isinstance_type(GiltThread *ts, Value v, GiltType *type);
// issubclass(a, b) along a's MRO; no user code runs.
bool gilt_is_subtype(GiltType *a, GiltType *b);
// The C name of v's type, for messages ("int", "MyClass").
const char *gilt_type_name(GiltThread *ts, Value v);
// The type's __name__ as a C string (valid while the type lives).
const char *gilt_type_cname(GiltType *t);

// ---- the generic protocols (object.c) -------------------------------------

// Comparison operators, in CPython's order.
typedef enum {
    GILT_LT,
    GILT_LE,
    GILT_EQ,
    GILT_NE,
    GILT_GT,
    GILT_GE
} GiltCompareOp;

// Binary operators; the in-place form of op is op + GILT_OP__INPLACE.
typedef enum {
    GILT_OP_ADD,
    GILT_OP_SUB,
    GILT_OP_MUL,
    GILT_OP_MATMUL,
    GILT_OP_TRUEDIV,
    GILT_OP_FLOORDIV,
    GILT_OP_MOD,
    GILT_OP_POW,
    GILT_OP_LSHIFT,
    GILT_OP_RSHIFT,
    GILT_OP_AND,
    GILT_OP_OR,
    GILT_OP_XOR,
    GILT_OP__COUNT,
    GILT_OP__INPLACE = GILT_OP__COUNT
} GiltBinaryOp;

typedef enum { GILT_UOP_NEG, GILT_UOP_POS, GILT_UOP_INVERT } GiltUnaryOp;

// repr(v) / str(v) / ascii(v): new str, or VAL_NULL on error.
Value gilt_repr(GiltThread *ts, Value v);
Value gilt_str(GiltThread *ts, Value v);
Value gilt_ascii(GiltThread *ts, Value v);
// format(v, spec); [spec] is a str.
Value gilt_format(GiltThread *ts, Value v, Value spec);

// hash(v) into *out. -1 on error (TypeError: unhashable type).
int gilt_hash(GiltThread *ts, Value v, int64_t *out);

// Rich comparison: returns the result object (any value), VAL_NULL on error.
Value gilt_richcompare(GiltThread *ts, Value a, Value b, GiltCompareOp op);
// a == b as a C truth value: 1, 0, -1 on error. Identity implies equality
// (as CPython's containers assume).
int gilt_eq(GiltThread *ts, Value a, Value b);
// a < b etc. as a C truth value: 1, 0, -1.
int gilt_compare_bool(GiltThread *ts, Value a, Value b, GiltCompareOp op);
// bool(v): 1, 0, -1.
int gilt_truthy(GiltThread *ts, Value v);

Value gilt_binop(GiltThread *ts, Value a, Value b, int op);
Value gilt_unop(GiltThread *ts, Value a, GiltUnaryOp op);
// operator.index(v) as int64 (OverflowError if too large): 0 or -1.
int gilt_index(GiltThread *ts, Value v, int64_t *out);
// v.__index__() as an int value (small or big): new value or VAL_NULL.
Value gilt_index_value(GiltThread *ts, Value v);

// Attributes. [name] is an interned str (gilt_str_intern).
Value gilt_getattr(GiltThread *ts, Value obj, GiltStr *name);
// As gilt_getattr but a missing attribute returns VAL_NULL with no
// exception set (other errors still raise).
Value gilt_getattr_opt(GiltThread *ts, Value obj, GiltStr *name);
Value gilt_getattr_cstr(GiltThread *ts, Value obj, const char *name);
int gilt_setattr(GiltThread *ts, Value obj, GiltStr *name, Value v);
int gilt_delattr(GiltThread *ts, Value obj, GiltStr *name);
// object.__getattribute__ / __setattr__ semantics (descriptors, __dict__);
// the default getattr/setattr hooks.
Value gilt_generic_getattr(GiltThread *ts, Value obj, GiltStr *name);
int gilt_generic_setattr(GiltThread *ts, Value obj, GiltStr *name, Value v);
// The instance __dict__ of obj, or NULL if it has none (creating it lazily).
GiltDict *gilt_instance_dict(GiltThread *ts, Value obj);

// Look [name] up along type's MRO, through the method cache. Borrowed
// result or VAL_NULL (no exception: lookups never fail or run code).
Value gilt_type_lookup(GiltThread *ts, GiltType *type, GiltStr *name);

// Calls. [args]/[kwnames] as GiltNativeFn. gilt_call_method calls
// obj.name(*args) without creating a bound method.
Value gilt_call(GiltThread *ts, Value callable, Value *args, int nargs,
                GiltTuple *kwnames);
Value gilt_call0(GiltThread *ts, Value callable);
Value gilt_call1(GiltThread *ts, Value callable, Value a);
Value gilt_call2(GiltThread *ts, Value callable, Value a, Value b);
Value gilt_call_method(GiltThread *ts, Value obj, GiltStr *name, Value *args,
                       int nargs);
// func(self, *args, **kw): [args] as gilt_call, [self] put in front.
Value gilt_call_with_self(GiltThread *ts, Value func, Value self, Value *args,
                          int nargs, GiltTuple *kwnames);
// Call [args] (a tuple) and [kwargs] (a dict or VAL_NULL): func(*a, **k).
Value gilt_call_tuple(GiltThread *ts, Value func, Value args, Value kwargs);
// Call a dunder found on type(obj) with obj as first argument; returns
// VAL_NULL with *found = false (no exception) when the type lacks it.
Value gilt_call_dunder(GiltThread *ts, Value obj, GiltStr *name, Value *args,
                       int nargs, bool *found);
bool gilt_callable(GiltThread *ts, Value v);

// Containers and iteration.
Value gilt_getitem(GiltThread *ts, Value obj, Value key);
int gilt_setitem(GiltThread *ts, Value obj, Value key, Value v);
int gilt_delitem(GiltThread *ts, Value obj, Value key);
// len(v) into *out: 0 or -1.
int gilt_len(GiltThread *ts, Value v, int64_t *out);
// `x in c`: 1, 0, -1.
int gilt_contains(GiltThread *ts, Value container, Value x);
Value gilt_iter(GiltThread *ts, Value v);
// next(it): the item; VAL_NULL with no exception set when exhausted;
// VAL_NULL with an exception on error. StopIteration raised by a
// user __next__ is consumed and reported as exhaustion.
Value gilt_next(GiltThread *ts, Value it);

// Guard C recursion in protocols that recurse through user data (repr of
// nested lists, == of nested tuples...). gilt_recursion_enter raises
// RecursionError "maximum recursion depth exceeded[where]" and returns -1
// past the limit; pair every 0 return with gilt_recursion_leave.
int gilt_recursion_enter(GiltThread *ts, const char *where);
void gilt_recursion_leave(GiltThread *ts);
// For reprs of containers that may contain themselves: 1 if [v] is
// already being repr'd on this thread (print "[...]"), 0 if entered (call
// gilt_repr_leave after), -1 on error.
int gilt_repr_enter(GiltThread *ts, Value v);
void gilt_repr_leave(GiltThread *ts, Value v);

// Helpers for native functions: the args of a call mapped onto named
// parameters. [names] lists every parameter (NULL-terminated); the first
// [min] are required. Positional [args] fill parameters in order; keyword
// arguments by name; out[i] is VAL_NULL for a parameter not given.
// Raises CPython's TypeError for too many/missing/duplicate/unknown
// arguments, naming [fname]. [names] entries starting with '$' are
// keyword-only; a leading '/' entry ends the positional-only prefix (both:
// "/$name"); a
// first entry "*" says [args] follow a *args (the total is not bounded).
int gilt_parse_args(GiltThread *ts, const char *fname, Value *args, int nargs,
                    GiltTuple *kwnames, const char *const *names, int min,
                    Value *out);
// TypeError when kwnames is non-empty: "f() takes no keyword arguments".
int gilt_no_kwargs(GiltThread *ts, const char *fname, GiltTuple *kwnames);

// Make a builtin type from [spec] (type.c); registers it as vm->types[id]
// when id < GILT_T__COUNT. Returns NULL on MemoryError.
GiltType *gilt_type_from_spec(GiltThread *ts, const GiltTypeSpec *spec,
                              int id);
// Add natives to a type's dict after creation (module types, late files).
int gilt_type_add_methods(GiltThread *ts, GiltType *type,
                          const GiltMethodDef *defs);
// Allocate an instance of [cls] whose builtin part takes [size] bytes (the
// solid base's basicsize for fixed-size types, the var size otherwise);
// room for the class's slots and __dict__ is added. Builtin __new__
// implementations use it so subclasses get their extra fields.
void *gilt_alloc_instance(GiltThread *ts, GiltType *cls, size_t size);
// Where an instance's extra Values (slots, __dict__) start.
Value *gilt_instance_extras(GiltObject *o);
// A native method returning self, for iterators' __iter__.
Value gilt_iter_self(GiltThread *ts, Value *args, int nargs,
                     GiltTuple *kwnames);

#endif
