# A generator-based state machine and event log.
def traffic_light():
    states = ['green', 'yellow', 'red']
    i = 0
    while True:
        cmd = yield states[i]
        if cmd == 'reset':
            i = 0
        elif cmd == 'emergency':
            i = 2
        else:
            i = (i + 1) % len(states)
light = traffic_light()
log = [next(light)]
for cmd in [None, None, None, 'emergency', None, 'reset', None]:
    log.append(light.send(cmd))
print(log)
def parse_events(lines):
    for lineno, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        try:
            kind, _, payload = line.partition(':')
            yield lineno, kind.strip(), int(payload)
        except ValueError:
            yield lineno, 'error', line
events = """
# comment
add: 5
add: 7
sub: 3
bad line
mul: x
add: 1
""".splitlines()
total = 0
for lineno, kind, payload in parse_events(events):
    if kind == 'add':
        total += payload
    elif kind == 'sub':
        total -= payload
    else:
        print(f'line {lineno}: {kind} {payload!r}')
print('total', total)
