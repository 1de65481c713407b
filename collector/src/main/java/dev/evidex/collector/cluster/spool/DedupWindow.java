package dev.evidex.collector.cluster.spool;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;

/**
 * The keys of the most recent events, oldest forgotten first. The API server re-sends a batch
 * seconds after a failed or timed-out request, so a window of a few hundred thousand events
 * covers retries with a wide margin. Used only by the committer thread.
 */
final class DedupWindow {
    private final int capacity;
    private final Set<String> keys;
    private final ArrayDeque<String> order;

    DedupWindow(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("dedup window must hold at least one key");
        }
        this.capacity = capacity;
        this.keys = new HashSet<>(Math.min(capacity, 1 << 20) * 2);
        this.order = new ArrayDeque<>(Math.min(capacity, 1 << 20));
    }

    /** Adds the key; false when it is already in the window (a duplicate). */
    boolean add(String key) {
        if (!keys.add(key)) {
            return false;
        }
        order.addLast(key);
        while (order.size() > capacity) {
            keys.remove(order.removeFirst());
        }
        return true;
    }

    /** Forgets a key whose entry was never written (the write failed), so a retry is recorded. */
    void remove(String key) {
        keys.remove(key);
    }

    boolean contains(String key) {
        return keys.contains(key);
    }

    int size() {
        return keys.size();
    }
}
