x = "abc" + "
