from threading import Lock
import threading

counter = 0
counter_lock = Lock()

def increment_counter():
    global counter
    counter_lock.acquire()
    print(f"Task is running {counter}...")
    for _ in range(100):
        counter += 1
    counter_lock.release()

if __name__ == "__main__":
    threads = []
    for i in range(5):
        thread = threading.Thread(target=increment_counter)
        threads.append(thread)
        thread.start()
    
    for thread in threads:
        thread.join()

    print(f"Counter: {counter}")
