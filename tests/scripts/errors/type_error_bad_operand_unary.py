print(-'abc')
