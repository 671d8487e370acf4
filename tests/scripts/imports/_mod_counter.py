loads = []
loads.append('loaded')
state = {'count': 0}
def bump():
    state['count'] += 1
    return state['count']
