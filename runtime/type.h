/* type.h - Type internals shared by type.c, class.c and object.c. */
#ifndef GILT_TYPE_H
#define GILT_TYPE_H

#include "../vm/state.h"

#define AS_TYPE(v) ((GiltType *)AS_OBJ(v))

// Is v a type object (an instance of type or a metaclass)?
GILT_INLINE bool gilt_is_type(Value v) {
    return IS_OBJ(v) && (AS_OBJ(v)->type->flags & GILT_TF_TYPE_SUB);
}

// The type's dict changed (or its bases did): give it and every subclass
// a new version, and re-derive the C hooks of classes.
void gilt_type_modified(GiltThread *ts, GiltType *t);
// Derive a class's C hooks from its dunders (see object.h).
void gilt_type_update_hooks(GiltThread *ts, GiltType *t);
// C3 linearisation of [t] with [bases]; NULL with TypeError on conflict.
GiltTuple *gilt_type_compute_mro(GiltThread *ts, GiltType *t,
                                 GiltTuple *bases);
// Record [sub] in base's weak subclass list.
int gilt_type_add_subclass(GiltThread *ts, GiltType *base, GiltType *sub);
// A fresh version tag.
void gilt_type_new_version(GiltVM *vm, GiltType *t);
// The address of an instance's __dict__ slot, or NULL.
GiltDict **gilt_instance_dict_slot(GiltObject *o);

// May an instance of [a] become one of [b] (__class__ assignment)? The
// same C layout and the same named slots (CPython's
// compatible_for_assignment).
bool gilt_type_same_layout(GiltThread *ts, GiltType *a, GiltType *b);

// Class creation: type(name, bases, ns) with metatype [meta].
Value gilt_type_new_class(GiltThread *ts, GiltType *meta, GiltStr *name,
                          GiltTuple *bases, GiltDict *ns);
// The most derived metaclass of [meta] and the bases' types, or NULL
// with TypeError "metaclass conflict".
GiltType *gilt_type_winner(GiltThread *ts, GiltType *meta, GiltTuple *bases);

// The hooks that call a class's dunders.
Value gilt_slot_call(GiltThread *ts, Value callable, Value *args, int nargs,
                     GiltTuple *kwnames);
Value gilt_slot_iternext(GiltThread *ts, Value it);
Value gilt_slot_getattr(GiltThread *ts, Value obj, GiltStr *name);
int gilt_slot_setattr(GiltThread *ts, Value obj, GiltStr *name, Value v);
Value gilt_slot_descr_get(GiltThread *ts, Value descr, Value obj, Value type);
int gilt_slot_descr_set(GiltThread *ts, Value descr, Value obj, Value v);

// object's spec (objtype.c); type.c makes it first.
const GiltTypeSpec *gilt_object_spec(void);

// type's own hooks (class.c).
Value gilt_type_call(GiltThread *ts, Value callable, Value *args, int nargs,
                     GiltTuple *kwnames);
Value gilt_type_getattr(GiltThread *ts, Value obj, GiltStr *name);
int gilt_type_setattr(GiltThread *ts, Value obj, GiltStr *name, Value v);

#endif
