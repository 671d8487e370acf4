# An error while importing a module propagates to the importer.
print('importing')
import _bad_import_time
