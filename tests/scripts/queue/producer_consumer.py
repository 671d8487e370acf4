# The notes' producer/consumer example, made deterministic: fewer items,
# short sleeps, and the output gathered and printed by the main thread.
# As there, the consumer is a daemon still blocked in q.get() at exit.
import queue
import threading
import time

produced = []
consumed = []


def producer(q):
    for i in range(20):
        q.put(i)
        produced.append(i)
        time.sleep(0.001)
    produced.append("Producer done")


def consumer(q):
    while True:
        try:
            item = q.get()
            consumed.append(item)
            time.sleep(0.002)
            q.task_done()
        except:
            break
    print("Consumer done")  # never reached: the daemon dies at exit


def main():
    q = queue.Queue(maxsize=10)
    thread_producer = threading.Thread(target=producer, args=(q,))
    thread_consumer = threading.Thread(target=consumer, args=(q,), daemon=True)

    thread_producer.start()
    thread_consumer.start()

    # Wait for all tasks to be processed. Joining the producer first
    # matters: a consumer that catches up briefly brings the count of
    # unfinished tasks to zero, which would let q.join() return early.
    thread_producer.join()
    q.join()
    print("Produced", produced)
    print("Consumed", consumed)
    print("All tasks completed")
    print("consumer alive (blocked in get)", thread_consumer.is_alive())


if __name__ == "__main__":
    main()
