print('_mod_raises starting')
raise ValueError('error during import')
