#pragma once
// A queue between threads that holds at most `capacity` items, so a fast producer
// waits for its consumer instead of filling memory.

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>

namespace repjourney {

template <typename T>
class BoundedQueue {
public:
    explicit BoundedQueue(std::size_t capacity) : capacity_(capacity) {}

    // Waits for room; false once the queue is closed (the item is dropped).
    bool push(T item) {
        std::unique_lock lock{mutex_};
        room_.wait(lock, [&] { return closed_ || items_.size() < capacity_; });
        if (closed_) return false;
        items_.push_back(std::move(item));
        ready_.notify_one();
        return true;
    }
    // Waits for an item; nothing once the queue is closed and empty.
    std::optional<T> pop() {
        std::unique_lock lock{mutex_};
        ready_.wait(lock, [&] { return closed_ || !items_.empty(); });
        if (items_.empty()) return std::nullopt;
        T item = std::move(items_.front());
        items_.pop_front();
        room_.notify_one();
        return item;
    }
    // No more pushes: by the producer when done, by the consumer when it gives up.
    void close() {
        std::lock_guard lock{mutex_};
        closed_ = true;
        ready_.notify_all();
        room_.notify_all();
    }

private:
    std::size_t capacity_;
    std::mutex mutex_;
    std::condition_variable ready_;
    std::condition_variable room_;
    std::deque<T> items_;
    bool closed_ = false;
};

}  // namespace repjourney
