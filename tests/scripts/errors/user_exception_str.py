class MyErr(Exception):
    def __str__(self):
        return 'custom text'
raise MyErr()
