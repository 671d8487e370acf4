class AppError(Exception):
    pass
raise AppError('something went wrong', 42)
