# Catching by base class.
def catch(exc, base):
    try:
        raise exc
    except base:
        return True
    except BaseException:
        return False
print(catch(KeyError(), LookupError), catch(IndexError(), LookupError), catch(ValueError(), LookupError))
print(catch(ZeroDivisionError(), ArithmeticError), catch(OverflowError(), ArithmeticError), catch(FloatingPointError(), ArithmeticError))
print(catch(FileNotFoundError(), OSError), catch(PermissionError(), OSError), catch(NotImplementedError(), RuntimeError))
print(catch(RecursionError(), RuntimeError), catch(ModuleNotFoundError(), ImportError), catch(UnicodeDecodeError('utf-8', b'', 0, 1, 'x'), ValueError))
print(catch(KeyboardInterrupt(), Exception), catch(SystemExit(), Exception), catch(GeneratorExit(), Exception))
print(catch(UnboundLocalError(), NameError), catch(IndentationError(), SyntaxError), catch(TabError(), IndentationError))
print(catch(StopIteration(), Exception), catch(StopAsyncIteration(), Exception), catch(AssertionError(), Exception))
for cls in [KeyError, ZeroDivisionError, FileNotFoundError, UnboundLocalError, TabError, ModuleNotFoundError,
            RecursionError, UnicodeEncodeError, BlockingIOError, ConnectionResetError, BrokenPipeError, TimeoutError]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
print(IOError is OSError, EnvironmentError is OSError)
