"""String constants, capwords, Template ($-substitution) and Formatter
(str.format as a class)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Capitalize each word of s (split on sep, joined with sep or a
    space)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


# ---- Template ---------------------------------------------------------------------

_sentinel_dict = {}
_ID_START = frozenset(ascii_letters + '_')
_ID_CHARS = frozenset(ascii_letters + digits + '_')


class Template:
    """A string with $name / ${name} placeholders; $$ is a literal $.

    Subclasses may change `delimiter`. The default identifier syntax
    (ASCII letters, digits and underscores, not starting with a digit)
    is matched without regular expressions; a subclass that sets
    `idpattern`, `braceidpattern` or `pattern` needs the re module.
    """

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    # Parsing: a list of (kind, text, start) with kind 'text', 'escaped',
    # 'named', 'braced' or 'invalid' (start is where the placeholder's
    # name would begin, as the regex's 'invalid' group).
    def _scan(self):
        cls = type(self)
        if ('pattern' in cls.__dict__ or cls.idpattern != Template.idpattern or
                cls.braceidpattern is not None):
            return self._scan_re()
        t = self.template
        delim = self.delimiter
        dl = len(delim)
        out = []
        i = 0
        n = len(t)
        literal_start = 0
        while True:
            j = t.find(delim, i)
            if j < 0:
                break
            k = j + dl
            if t.startswith(delim, k):
                out.append(('text', t[literal_start:j], j))
                out.append(('escaped', delim, j))
                i = literal_start = k + dl
                continue
            if k < n and t[k] == '{':
                e = k + 1
                while e < n and t[e] in _ID_CHARS:
                    e += 1
                name = t[k + 1:e]
                if e < n and t[e] == '}' and name and name[0] in _ID_START:
                    out.append(('text', t[literal_start:j], j))
                    out.append(('braced', name, j, e + 1))
                    i = literal_start = e + 1
                    continue
            elif k < n and t[k] in _ID_START:
                e = k + 1
                while e < n and t[e] in _ID_CHARS:
                    e += 1
                out.append(('text', t[literal_start:j], j))
                out.append(('named', t[k:e], j, e))
                i = literal_start = e
                continue
            out.append(('text', t[literal_start:j], j))
            out.append(('invalid', delim, k))
            i = literal_start = k
        out.append(('text', t[literal_start:], n))
        return out

    def _scan_re(self):
        import re
        cls = type(self)
        pattern = cls.__dict__.get('pattern')
        if pattern is None:
            delim = re.escape(cls.delimiter)
            bid = cls.braceidpattern or cls.idpattern
            pattern = r"""
            %(delim)s(?:
              (?P<escaped>%(delim)s) |
              (?P<named>%(id)s)      |
              {(?P<braced>%(bid)s)}  |
              (?P<invalid>)
            )
            """ % {'delim': delim, 'id': cls.idpattern, 'bid': bid}
            flags = cls.flags if cls.flags is not None else re.IGNORECASE
            pattern = re.compile(pattern, flags | re.VERBOSE)
        elif isinstance(pattern, str):
            pattern = re.compile(pattern)
        out = []
        last = 0
        for mo in pattern.finditer(self.template):
            out.append(('text', self.template[last:mo.start()], mo.start()))
            if mo.group('escaped') is not None:
                out.append(('escaped', self.delimiter, mo.start()))
            elif mo.group('named') is not None:
                out.append(('named', mo.group('named'), mo.start(), mo.end()))
            elif mo.group('braced') is not None:
                out.append(('braced', mo.group('braced'), mo.start(), mo.end()))
            else:
                out.append(('invalid', mo.group(), mo.start('invalid')))
            last = mo.end()
        out.append(('text', self.template[last:], len(self.template)))
        return out

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        """The template with every placeholder replaced from mapping and
        kws; KeyError for a missing name, ValueError for a bad $."""
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        parts = []
        for item in self._scan():
            kind = item[0]
            if kind == 'text' or kind == 'escaped':
                parts.append(item[1])
            elif kind == 'invalid':
                self._invalid(item[2])
            else:
                parts.append('%s' % (mapping[item[1]],))
        return ''.join(parts)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        """As substitute, but missing names and bad placeholders are left
        in place."""
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        parts = []
        for item in self._scan():
            kind = item[0]
            if kind == 'text' or kind == 'escaped' or kind == 'invalid':
                parts.append(item[1])
            else:
                try:
                    parts.append('%s' % (mapping[item[1]],))
                except KeyError:
                    parts.append(self.template[item[2]:item[3]])
        return ''.join(parts)

    def is_valid(self):
        """Whether the template has no invalid placeholders."""
        return not any(item[0] == 'invalid' for item in self._scan())

    def get_identifiers(self):
        """The placeholder names, in order of first appearance."""
        ids = []
        for item in self._scan():
            if item[0] in ('named', 'braced') and item[1] not in ids:
                ids.append(item[1])
            elif item[0] == 'invalid':
                self._invalid(item[2])
        return ids


class _ChainMap:
    def __init__(self, *maps):
        self.maps = maps

    def __getitem__(self, key):
        for m in self.maps:
            try:
                return m[key]
            except KeyError:
                pass
        raise KeyError(key)


# ---- Formatter ----------------------------------------------------------------------

def _parse_format(s):
    """(literal_text, field_name, format_spec, conversion) tuples, as
    _string.formatter_parser yields them."""
    out = []
    literal = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == '{':
            if i + 1 < n and s[i + 1] == '{':
                # An escaped brace ends the literal part, as in CPython.
                literal.append('{')
                out.append((''.join(literal), None, None, None))
                literal = []
                i += 2
                continue
            depth = 1
            j = i + 1
            while j < n and depth:
                if s[j] == '{':
                    depth += 1
                elif s[j] == '}':
                    depth -= 1
                j += 1
            if depth:
                raise ValueError("expected '}' before end of string")
            field = s[i + 1:j - 1]
            conversion = None
            spec = ''
            # The field name ends at the first ! or : outside brackets.
            k = 0
            bracket = False
            while k < len(field):
                ch = field[k]
                if ch == '[':
                    bracket = True
                elif ch == ']':
                    bracket = False
                elif not bracket and ch in '!:':
                    break
                k += 1
            name = field[:k]
            rest = field[k:]
            if rest.startswith('!'):
                if len(rest) < 2:
                    raise ValueError("end of string while looking for conversion specifier")
                conversion = rest[1]
                rest = rest[2:]
                if rest and not rest.startswith(':'):
                    raise ValueError("expected ':' after conversion specifier")
            if rest.startswith(':'):
                spec = rest[1:]
            out.append((''.join(literal), name, spec, conversion))
            literal = []
            i = j
        elif c == '}':
            if i + 1 < n and s[i + 1] == '}':
                literal.append('}')
                out.append((''.join(literal), None, None, None))
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            literal.append(c)
            i += 1
    if literal:
        out.append((''.join(literal), None, None, None))
    return out


def _split_field_name(name):
    """(first, [(is_attr, key), ...]) for 'a.b[0]'."""
    i = 0
    n = len(name)
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            i = j
        elif name[i] == '[':
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if key.isdigit():
                key = int(key)
            rest.append((False, key))
            i = j + 1
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    """str.format as overridable steps: parse, get_field, get_value,
    convert_field, format_field, check_unused_args."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
