d = {}
d['multi\nline']
