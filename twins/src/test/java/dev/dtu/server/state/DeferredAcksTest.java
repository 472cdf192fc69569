package dev.dtu.server.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A write under a scope returns before its commit and the scope hears when it is durable; without one it waits. */
class DeferredAcksTest {
    @Test
    void withoutAScopeTheWriterWaitsAndSeesAFailure() {
        CompletableFuture<Void> failed = CompletableFuture.failedFuture(new IllegalStateException("disk full"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> DeferredAcks.awaitOrDefer(() -> failed));
        assertEquals("disk full", e.getMessage());
    }

    @Test
    void aScopeCollectsPendingWritesAndHearsOnceAllAreDurable() throws Exception {
        CompletableFuture<Void> first = new CompletableFuture<>();
        CompletableFuture<Void> second = new CompletableFuture<>();
        DeferredAcks acks = DeferredAcks.open();
        try {
            DeferredAcks.awaitOrDefer(() -> first);
            DeferredAcks.awaitOrDefer(() -> second);
            DeferredAcks.awaitOrDefer(StateStore.Durable.DONE);
        } finally {
            acks.close();
        }
        assertFalse(acks.allDurable());
        List<Throwable> heard = new ArrayList<>();
        CompletableFuture<Void> called = new CompletableFuture<>();
        acks.whenDurable(failure -> {
            heard.add(failure);
            called.complete(null);
        });
        first.complete(null);
        assertFalse(called.isDone(), "one of two writes is still pending");
        second.complete(null);
        called.get(5, TimeUnit.SECONDS);
        assertEquals(1, heard.size());
        assertNull(heard.get(0));
    }

    @Test
    void aFailedWriteReachesTheScopeOwner() throws Exception {
        CompletableFuture<Void> write = new CompletableFuture<>();
        DeferredAcks acks = DeferredAcks.open();
        try {
            DeferredAcks.awaitOrDefer(() -> write);
        } finally {
            acks.close();
        }
        CompletableFuture<Throwable> heard = new CompletableFuture<>();
        acks.whenDurable(heard::complete);
        write.completeExceptionally(new IllegalStateException("disk full"));
        assertTrue(heard.get(5, TimeUnit.SECONDS).getMessage().contains("disk full"));
    }

    @Test
    void inMemoryWritesNeedNoWaitAndClosingRestoresTheOuterScope() {
        DeferredAcks outer = DeferredAcks.open();
        try {
            DeferredAcks inner = DeferredAcks.open();
            DeferredAcks.awaitOrDefer(StateStore.Durable.DONE);
            inner.close();
            assertTrue(inner.allDurable());
            CompletableFuture<Void> pending = new CompletableFuture<>();
            DeferredAcks.awaitOrDefer(() -> pending);
            assertFalse(outer.allDurable(), "after the inner scope closed, writes go to the outer one");
        } finally {
            outer.close();
        }
        CompletableFuture<Void> failed = CompletableFuture.failedFuture(new IllegalStateException("x"));
        assertThrows(IllegalStateException.class, () -> DeferredAcks.awaitOrDefer(() -> failed), "no scope is left open");
    }
}
