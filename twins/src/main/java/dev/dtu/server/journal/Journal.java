package dev.dtu.server.journal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/** The ordered record of what one universe received and delivered, bounded (oldest entries drop first). */
public final class Journal {
    private final ArrayDeque<Slot> entries = new ArrayDeque<>();
    private final IntSupplier limit;
    private final Runnable onAppend;
    private long seq;

    /** One numbered entry, built from its raw form the first time it is read. */
    private static final class Slot {
        final long seq;
        private RawEntry raw;
        private JournalEntry entry;

        Slot(long seq, RawEntry raw, JournalEntry entry) {
            this.seq = seq;
            this.raw = raw;
            this.entry = entry;
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
        this.limit = limit;
        this.onAppend = onAppend;
    }

    /** Appends an entry, numbering it; the seq given is ignored. */
    public JournalEntry append(JournalEntry entry) {
        JournalEntry numbered;
        synchronized (this) {
            numbered = new JournalEntry(++seq, entry.at(), entry.type(), entry.twin(), entry.operation(),
                    entry.method(), entry.path(), entry.query(), entry.status(), entry.durationMs(),
                    entry.requestBody(), entry.responseBody());
            store(new Slot(numbered.seq(), null, numbered));
        }
        onAppend.run();
        return numbered;
    }

    /** Appends a request entry whose bodies are decoded and redacted only if someone reads it. */
    public void append(RawEntry raw) {
        synchronized (this) {
            store(new Slot(++seq, raw, null));
        }
        onAppend.run();
    }

    private void store(Slot slot) {
        int max = limit.getAsInt();
        if (max == 0) {
            return;
        }
        entries.addLast(slot);
        while (entries.size() > max) {
            entries.removeFirst();
        }
    }

    /** Entries with seq greater than {@code after}, oldest first. */
    public synchronized List<JournalEntry> since(long after) {
        List<JournalEntry> out = new ArrayList<>();
        for (Slot s : entries) {
            if (s.seq > after) {
                out.add(s.entry());
            }
        }
        return out;
    }

    public synchronized void clear() {
        entries.clear();
    }

    public synchronized int size() {
        return entries.size();
    }
}
