package dev.dtu.server.journal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;
import java.util.function.Predicate;

/**
 * The ordered record of what one universe received and delivered, bounded by count (a setting), by bytes per
 * universe and by bytes over every journal sharing one {@link Budget}: the oldest entries drop first. An entry
 * that alone would break the shared budget is kept without its bodies.
 */
public final class Journal {
    /** Bytes every journal of the process may hold together. */
    public static final class Budget {
        /** The process's journals together: 512 MiB. */
        public static final Budget PROCESS = new Budget(512L << 20);

        private final long limit;
        private final AtomicLong used = new AtomicLong();

        public Budget(long limit) {
            this.limit = limit;
        }

        boolean over() {
            return used.get() > limit;
        }

        boolean fits(long more) {
            return used.get() + more <= limit;
        }

        void add(long bytes) {
            used.addAndGet(bytes);
        }

        public long used() {
            return used.get();
        }
    }

    /** Bytes one universe's journal holds at most: 32 MiB. */
    public static final long UNIVERSE_BYTES = 32L << 20;

    private final ArrayDeque<Slot> entries = new ArrayDeque<>();
    private final IntSupplier limit;
    private final Runnable onAppend;
    private final long maxBytes;
    private final Budget budget;
    private long bytes;
    private long seq;

    /** One numbered entry, built from its raw form the first time it is read. */
    private static final class Slot {
        final long seq;
        final long weight;
        private RawEntry raw;
        private JournalEntry entry;

        Slot(long seq, RawEntry raw, JournalEntry entry) {
            this.seq = seq;
            this.raw = raw;
            this.entry = entry;
            this.weight = raw != null ? raw.weight() : entry.weight();
        }

        JournalEntry entry() {
            if (entry == null) {
                entry = raw.redacted(seq);
                raw = null;
            }
            return entry;
        }
    }

    public Journal(IntSupplier limit) {
        this(limit, () -> { });
    }

    /** @param onAppend told after every append (outside the journal's lock), e.g. to wake waiters */
    public Journal(IntSupplier limit, Runnable onAppend) {
        this(limit, onAppend, UNIVERSE_BYTES, Budget.PROCESS);
    }

    /**
     * @param maxBytes most bytes this journal holds
     * @param budget the bytes this journal shares with others
     */
    public Journal(IntSupplier limit, Runnable onAppend, long maxBytes, Budget budget) {
        this.limit = limit;
        this.onAppend = onAppend;
        this.maxBytes = maxBytes;
        this.budget = budget;
    }

    /** Appends an entry, numbering it; the seq given is ignored. */
    public JournalEntry append(JournalEntry entry) {
        JournalEntry numbered;
        synchronized (this) {
            numbered = entry.numbered(++seq);
            if (!fits(numbered.weight())) {
                numbered = new JournalEntry(numbered.seq(), numbered.at(), numbered.type(), numbered.twin(),
                        numbered.operation(), numbered.method(), numbered.path(), numbered.query(), numbered.status(),
                        numbered.durationMs(), null, null);
            }
            store(new Slot(numbered.seq(), null, numbered));
        }
        onAppend.run();
        return numbered;
    }

    /** Appends a request entry whose bodies are decoded and redacted only if someone reads it. */
    public void append(RawEntry raw) {
        synchronized (this) {
            RawEntry kept = fits(raw.weight()) ? raw : withoutBodies(raw);
            store(new Slot(++seq, kept, null));
        }
        onAppend.run();
    }

    private boolean fits(long weight) {
        return weight <= maxBytes && budget.fits(weight);
    }

    private static RawEntry withoutBodies(RawEntry r) {
        return new RawEntry(r.at(), r.twin(), r.operation(), r.method(), r.path(), r.query(), r.status(),
                r.durationMs(), r.headers(), new byte[0], cutOf(r.requestBody(), r.requestCut()), new byte[0],
                cutOf(r.responseBody(), r.responseCut()), r.redactor(), r.fault());
    }

    private static JournalEntry.BodyCut cutOf(byte[] kept, JournalEntry.BodyCut cut) {
        return cut != null || kept.length == 0 ? cut : new JournalEntry.BodyCut(kept.length, RawEntry.sha256(kept));
    }

    private void store(Slot slot) {
        int max = limit.getAsInt();
        if (max == 0) {
            return;
        }
        entries.addLast(slot);
        account(slot.weight);
        while (entries.size() > max || (entries.size() > 1 && (bytes > maxBytes || budget.over()))) {
            account(-entries.removeFirst().weight);
        }
    }

    private void account(long weight) {
        bytes += weight;
        budget.add(weight);
    }

    /** Entries with seq greater than {@code after}, oldest first. */
    public List<JournalEntry> since(long after) {
        return since(after, e -> true);
    }

    /** Entries with seq greater than {@code after} that pass the filter, oldest first. */
    public synchronized List<JournalEntry> since(long after, Predicate<JournalEntry> filter) {
        List<JournalEntry> out = new ArrayList<>();
        for (Slot s : entries) {
            if (s.seq > after && filter.test(s.entry())) {
                out.add(s.entry());
            }
        }
        return out;
    }

    public synchronized void clear() {
        entries.forEach(s -> budget.add(-s.weight));
        entries.clear();
        bytes = 0;
    }

    public synchronized int size() {
        return entries.size();
    }

    /** The bytes this journal's entries hold (as the budgets count them). */
    public synchronized long bytes() {
        return bytes;
    }
}
