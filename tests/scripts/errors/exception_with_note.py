# An uncaught exception's notes are printed after the message.
try:
    int('x')
except ValueError as e:
    e.add_note('while parsing the config file')
    raise
