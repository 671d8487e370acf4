"""Warning control: warn(), the filters (filterwarnings, simplefilter),
showwarning/formatwarning and catch_warnings.

A warning is printed as "file:line: Category: message" plus the source
line, once per location by default ("default" action), with the
filters deciding otherwise. The caller's location comes from
_gilt.stack (gilt has no frame objects).
"""

import sys
import _gilt

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning",
           "filterwarnings", "simplefilter", "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

filters = []
defaultaction = "default"
onceregistry = {}
_filters_version = 1


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def _default_filters():
    return [
        ('default', None, DeprecationWarning, '__main__', 0),
        ('ignore', None, DeprecationWarning, None, 0),
        ('ignore', None, PendingDeprecationWarning, None, 0),
        ('ignore', None, ImportWarning, None, 0),
        ('ignore', None, ResourceWarning, None, 0),
    ]


filters[:] = _default_filters()


# ---- patterns ----------------------------------------------------------------------

class _Pattern:
    """A filter's message or module pattern: a regular expression matched
    at the start of the text (re when available; otherwise literal text,
    which is what the patterns of most scripts are)."""

    def __init__(self, pattern, ignorecase):
        self.pattern = pattern
        self.ignorecase = ignorecase
        self._re = None
        try:
            import re
        except ImportError:
            re = None
        if re is not None:
            self._re = re.compile(pattern, re.I if ignorecase else 0)

    def match(self, text):
        if self._re is not None:
            return self._re.match(text)
        pat = self.pattern
        if pat.endswith('$') and not pat.endswith('\\$'):
            pat = pat[:-1]
            exact = True
        else:
            exact = False
        pat = pat.replace('\\.', '.')
        if self.ignorecase:
            text = text.lower()
            pat = pat.lower()
        return text == pat if exact else text.startswith(pat)

    def __repr__(self):
        return 're.compile(%r%s)' % (self.pattern, ', re.IGNORECASE' if self.ignorecase else '')

    def __eq__(self, other):
        if isinstance(other, _Pattern):
            return self.pattern == other.pattern and self.ignorecase == other.ignorecase
        return NotImplemented

    def __hash__(self):
        return hash(self.pattern)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Insert a filter: action for warnings whose message matches message
    (a regex, case-insensitive), of category, from module (a regex)
    and line lineno (0: any)."""
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    message = _Pattern(message, True) if message else None
    module = _Pattern(module, False) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a filter matching every message and module."""
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    _add_filter(action, None, category, None, lineno, append=append)


def resetwarnings():
    """Remove every filter (the defaults too)."""
    filters[:] = []
    _filters_mutated()


# ---- showing -------------------------------------------------------------------------

class WarningMessage(object):
    """What showwarning receives, as catch_warnings(record=True) keeps it."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\n"
    if msg.line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    else:
        line = msg.line
    if line:
        line = line.strip()
        s += "  %s\n" % line
    return s


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning prints: 'file:line: Category: message' and
    the source line."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


_showwarning_orig = None
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    # A replaced showwarning (a user hook) is called with the old
    # signature; otherwise the message is printed directly.
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _formatwarnmsg(msg):
    if formatwarning is not _formatwarning_orig:
        return formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to file (sys.stderr)."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


_showwarning_orig = showwarning


# ---- warn ------------------------------------------------------------------------------

def _caller(stacklevel):
    """(filename, lineno, globals) of the frame stacklevel levels above
    warn's caller (1: the caller itself)."""
    stack = _gilt.stack(2)
    if stacklevel < 1:
        stacklevel = 1
    if stacklevel > len(stack):
        return 'sys', 1, sys.__dict__
    filename, lineno, _name, globs = stack[-stacklevel]
    return filename, lineno, globs


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or raise it when a filter says "error"."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        "not '{:s}'".format(type(category).__name__))
    filename, lineno, globals = _caller(stacklevel)
    module = globals.get('__name__', '<string>') if isinstance(globals, dict) else '<string>'
    if isinstance(globals, dict):
        registry = globals.setdefault("__warningregistry__", {})
    else:
        registry = {}
    warn_explicit(message, category, filename, lineno, module, registry, globals, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """warn() with the location given."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        # A plain str pattern (the default filters') must equal the text.
        if ((msg is None or (msg == text if isinstance(msg, str) else msg.match(text))) and
                issubclass(category, cat) and
                (mod is None or (mod == module if isinstance(mod, str) else mod.match(module))) and
                (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" %
                           (action, item))
    msg = WarningMessage(message, category, filename, lineno, source=source)
    _showwarnmsg(msg)


class catch_warnings(object):
    """Save the warning filters and showwarning on entry and restore them
    on exit; with record=True, collect warnings in the list __enter__
    returns instead of printing them."""

    def __init__(self, *, record=False, module=None, action=None,
                 category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            self._module.showwarning = self._module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl
