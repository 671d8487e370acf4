# Traceback objects expose tb_frame / tb_lineno / tb_next.
def boom():
    raise ValueError('tb')
try:
    boom()
except ValueError as e:
    tb = e.__traceback__
    print(tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_lineno)
