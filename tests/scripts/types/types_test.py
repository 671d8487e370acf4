# types: type names, SimpleNamespace, new_class, GenericAlias, UnionType.
import types
import sys


def f():
    yield 1


print(types.FunctionType, isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(isinstance(f(), types.GeneratorType), isinstance(sys, types.ModuleType), isinstance(len, types.BuiltinFunctionType))
print(types.NoneType, types.EllipsisType, types.NotImplementedType, types.MappingProxyType)


class C:
    def m(self):
        pass


print(isinstance(C().m, types.MethodType), isinstance(C.__dict__, types.MappingProxyType))
mp = types.MappingProxyType({'a': 1})
print(mp['a'], len(mp), list(mp))
try:
    mp['b'] = 2
except TypeError as e:
    print('TypeError', e)
ns = types.SimpleNamespace(a=1, b='two')
ns.c = [3]
print(ns, ns.a, ns.c, repr(types.SimpleNamespace()), ns == types.SimpleNamespace(a=1, b='two', c=[3]))
del ns.a
print(ns, vars(ns), types.SimpleNamespace(y=2))
try:
    types.SimpleNamespace({'x': 1})
except TypeError as e:
    print('TypeError', e)
try:
    ns.zz
except AttributeError as e:
    print('AttributeError')


class NS(types.SimpleNamespace):
    pass


print(NS(q=1))
rec = types.SimpleNamespace()
rec.me = rec
print(rec)
try:
    hash(ns)
except TypeError as e:
    print('TypeError')
Dyn = types.new_class('Dyn', (dict,), {}, lambda ns: ns.update({'hello': lambda self: 'hi'}))
print(Dyn, Dyn.__bases__, Dyn().hello())
meta, ns2, kw = types.prepare_class('X', (), {'metaclass': type, 'k': 1})
print(meta, ns2, kw, types.resolve_bases((int, list[str])))
print(types.GenericAlias(list, (int,)), types.GenericAlias(dict, (str, int)) == dict[str, int])
print(list[int], dict[str, list[int]], tuple[int, ...], type[int], list[int].__origin__, dict[str, int].__args__)
print(int | str, int | None, (int | str).__args__, int | str == str | int, type(int | str) is types.UnionType)
print(isinstance(3, int | str), isinstance(None, int | None), isinstance(2.5, int | str), issubclass(bool, int | str))
try:
    isinstance([], list[int])
except TypeError as e:
    print('TypeError', e)
try:
    int | 3
except TypeError as e:
    print('TypeError', e)


def annotated(a: int | None, b: list[str] = None) -> dict[str, int]:
    pass


print(annotated.__annotations__)


class Sub(list[int]):
    pass


print(Sub.__bases__, Sub.__orig_bases__, Sub([1, 2]))
print(list[int]([3]), list[int] == list[int], list[int] != list[str], hash(list[int]) == hash(list[int]))
