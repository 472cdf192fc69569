package dev.dtu.server.state;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Lets a thread that must not block (an IO thread serving a request) take durable writes without waiting for
 * their commit: while a scope is open on the thread, {@link #awaitOrDefer} collects the writes' promises
 * instead of waiting, and the caller acknowledges (sends its response) in {@link #whenDurable}. Without a
 * scope the write waits where it happens.
 */
public final class DeferredAcks implements AutoCloseable {
    private static final ThreadLocal<DeferredAcks> CURRENT = new ThreadLocal<>();

    private final List<CompletableFuture<Void>> pending = new ArrayList<>(1);
    private final DeferredAcks outer;

    private DeferredAcks(DeferredAcks outer) {
        this.outer = outer;
    }

    /** Opens a scope on this thread; close it before the thread serves anything else. */
    public static DeferredAcks open() {
        DeferredAcks scope = new DeferredAcks(CURRENT.get());
        CURRENT.set(scope);
        return scope;
    }

    /** Waits until the write is durable, or leaves that to the scope open on this thread. */
    public static void awaitOrDefer(StateStore.Durable durable) {
        DeferredAcks scope = CURRENT.get();
        if (scope == null) {
            durable.await();
            return;
        }
        CompletableFuture<Void> done = durable.done();
        if (!done.isDone() || done.isCompletedExceptionally()) {
            scope.pending.add(done);
        }
    }

    /** True when every write in the scope is already durable (in-memory state, or nothing written). */
    public boolean allDurable() {
        return pending.stream().allMatch(f -> f.isDone() && !f.isCompletedExceptionally());
    }

    /** Runs {@code then} once every write is durable, with null, or with the first failure. */
    public void whenDurable(Consumer<Throwable> then) {
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                .whenComplete((ok, failure) -> then.accept(failure));
    }

    @Override
    public void close() {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }
}
