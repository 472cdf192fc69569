package dev.dtu.server.journal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/** The ordered record of what one universe received and delivered, bounded (oldest entries drop first). */
public final class Journal {
    private final ArrayDeque<JournalEntry> entries = new ArrayDeque<>();
    private final IntSupplier limit;
    private final Runnable onAppend;
    private long seq;

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
        JournalEntry numbered = store(entry);
        onAppend.run();
        return numbered;
    }

    private synchronized JournalEntry store(JournalEntry entry) {
        JournalEntry numbered = new JournalEntry(++seq, entry.at(), entry.type(), entry.twin(), entry.operation(),
                entry.method(), entry.path(), entry.query(), entry.status(), entry.durationMs(),
                entry.requestBody(), entry.responseBody());
        int max = limit.getAsInt();
        if (max == 0) {
            return numbered;
        }
        entries.addLast(numbered);
        while (entries.size() > max) {
            entries.removeFirst();
        }
        return numbered;
    }

    /** Entries with seq greater than {@code after}, oldest first. */
    public synchronized List<JournalEntry> since(long after) {
        List<JournalEntry> out = new ArrayList<>();
        for (JournalEntry e : entries) {
            if (e.seq() > after) {
                out.add(e);
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
