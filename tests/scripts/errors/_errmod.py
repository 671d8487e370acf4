class CustomError(Exception):
    pass
def fail():
    raise CustomError('raised from helper module')
