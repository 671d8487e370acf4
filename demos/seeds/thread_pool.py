from concurrent.futures import ThreadPoolExecutor
import time

def worker(n):
    print(f"Processing {n}")
    time.sleep(2)
    return n * n

# Sử dụng with để tự động cleanup
with ThreadPoolExecutor(max_workers=3) as executor:
    # Map các tác vụ cho thread pool
    results = executor.map(worker, [1, 2, 3, 4, 5])
    # Kết quả được trả về theo thứ tự của input
    for result in results:
        print(f"Result: {result}")
