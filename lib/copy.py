"""Shallow and deep copy operations.

copy(x) and deepcopy(x) handle the builtin containers directly, call
__copy__ / __deepcopy__ / __reduce_ex__ / __reduce__ when a class defines
them, and otherwise copy an instance through its __dict__ and __slots__
(plus the items of list, dict and set subclasses and the value of
tuple, str, int... subclasses), which is what object.__reduce_ex__ would
give in CPython.
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error


def _f():
    pass


_atomic = frozenset({
    type(None), type(Ellipsis), type(NotImplemented), int, float, bool, complex,
    str, bytes, type, range, type(_f), type(len), type([].append), property,
    type(_f.__code__), slice,
})
del _f


def _user_reducer(cls):
    """The __reduce_ex__ or __reduce__ a class defines itself (not the
    object defaults), or None."""
    for klass in cls.__mro__:
        if klass is object:
            break
        d = klass.__dict__
        if '__reduce_ex__' in d:
            return 'ex', getattr(cls, '__reduce_ex__')
        if '__reduce__' in d:
            return 'plain', getattr(cls, '__reduce__')
    return None


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        return x
    if cls is list:
        return x[:]
    if cls is dict or cls is set or cls is bytearray:
        return x.copy()
    if cls is tuple or cls is frozenset:
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _copy_via_reduce(x, cls, None)


def _copy_via_reduce(x, cls, memo):
    reducer = _user_reducer(cls)
    if reducer is not None:
        kind, method = reducer
        rv = method(x, 4) if kind == 'ex' else method(x)
        if isinstance(rv, str):
            return x
        if not isinstance(rv, tuple) or not 2 <= len(rv) <= 6:
            raise Error("__reduce__ must return a string or a tuple of 2 to 6 items")
        return _reconstruct(x, memo, *rv)
    return _copy_instance(x, cls, memo)


_value_bases = (tuple, str, bytes, int, float, frozenset)


def _new_instance(x, cls, memo):
    """An uninitialised cls instance, made with x's constructor arguments
    when the class or its builtin base needs them."""
    getnewargs = getattr(cls, '__getnewargs__', None)
    if getnewargs is not None:
        args = getnewargs(x)
    else:
        args = ()
        for base in _value_bases:
            if isinstance(x, base):
                args = (base(x),)
                break
    if memo is not None and args:
        args = deepcopy(args, memo)
    return cls.__new__(cls, *args)


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (klass.__name__.lstrip('_'), name)
            names.append(name)
    return names


def _copy_instance(x, cls, memo):
    deep = memo is not None
    y = _new_instance(x, cls, memo)
    if deep:
        memo[id(x)] = y
    state = getattr(x, '__dict__', None)
    slotstate = {}
    for name in _slot_names(cls):
        try:
            slotstate[name] = getattr(x, name)
        except AttributeError:
            pass
    if deep:
        state = deepcopy(state, memo) if state else state
        slotstate = deepcopy(slotstate, memo) if slotstate else slotstate
    setstate = getattr(y, '__setstate__', None)
    if setstate is not None and (state or slotstate):
        setstate((state, slotstate) if slotstate else state)
    else:
        if state:
            y.__dict__.update(state)
        for name, value in slotstate.items():
            setattr(y, name, value)
    if isinstance(x, list):
        if deep:
            for v in x:
                y.append(deepcopy(v, memo))
        else:
            y.extend(x)
    elif isinstance(x, dict):
        for key, value in dict.items(x):
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    elif isinstance(x, set):
        for value in x:
            set.add(y, deepcopy(value, memo) if deep else value)
    return y


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None,
                 *, deepcopy_fn=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y


# ---- deepcopy -----------------------------------------------------------------------

def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x: containers and instances copied recursively,
    shared and cyclic references preserved (through memo)."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif cls in _atomic or issubclass(cls, type):
        y = x
    else:
        method = getattr(x, '__deepcopy__', None)
        if method is not None and not isinstance(x, type):
            y = method(memo)
        else:
            y = _copy_via_reduce(x, cls, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    # A tuple may have been copied while its items were (a cycle).
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_set(x, memo):
    y = set()
    memo[id(x)] = y
    for value in x:
        y.add(deepcopy(value, memo))
    return y


def _deepcopy_frozenset(x, memo):
    return frozenset(deepcopy(value, memo) for value in x)


def _deepcopy_bytearray(x, memo):
    return bytearray(x)


def _deepcopy_method(x, memo):
    # Bind the function to the copied self (gilt's method type has no
    # constructor, so type(x)(func, self) is not available).
    return x.__func__.__get__(deepcopy(x.__self__, memo))


_deepcopy_dispatch = {
    list: _deepcopy_list,
    tuple: _deepcopy_tuple,
    dict: _deepcopy_dict,
    set: _deepcopy_set,
    frozenset: _deepcopy_frozenset,
    bytearray: _deepcopy_bytearray,
}


class _C:
    def _m(self):
        pass


_deepcopy_dispatch[type(_C()._m)] = _deepcopy_method
del _C


def _keep_alive(x, memo):
    # Keep x alive while memo is: ids in memo must not be reused.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
