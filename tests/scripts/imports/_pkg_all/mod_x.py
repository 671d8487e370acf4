X = 'mod_x loaded'
