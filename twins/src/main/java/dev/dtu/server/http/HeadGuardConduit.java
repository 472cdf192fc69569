package dev.dtu.server.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.xnio.channels.StreamSinkChannel;
import org.xnio.conduits.AbstractStreamSourceConduit;
import org.xnio.conduits.ConduitReadableByteChannel;
import org.xnio.conduits.StreamSourceConduit;

/**
 * Sits between the socket (or TLS) and Undertow's HTTP/1.1 parser and passes each request head through
 * {@link RequestHead#mend}. Bodies pass untouched, followed by {@code Content-Length} or by their chunks, so the
 * next head on a kept-alive connection is found and guarded too. A head longer than {@link #HEAD_LIMIT} passes as
 * it came (Undertow's own checks apply to it) while its end and framing are still followed. Only a connection
 * that changes protocol ({@code Upgrade}) or whose framing cannot be followed is passed through unguarded.
 */
public final class HeadGuardConduit extends AbstractStreamSourceConduit<StreamSourceConduit> {
    static final int HEAD_LIMIT = 64 * 1024;
    /** A chunk-size line or trailer longer than this is not HTTP Undertow would take: the guard stands aside. */
    private static final int LINE_LIMIT = 8 * 1024;
    private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);

    private enum State { HEAD, LONG_HEAD, BODY, CHUNK_SIZE, CHUNK_DATA, CHUNK_END, TRAILERS, PASS }

    private State state = State.HEAD;
    private final ByteArrayOutputStream head = new ByteArrayOutputStream();
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final Framing longHead = new Framing();
    private long bodyLeft;
    private byte last;
    private byte beforeLast;
    private ByteBuffer out = EMPTY;
    private ByteBuffer pending;

    public HeadGuardConduit(StreamSourceConduit next) {
        this(next, new byte[0]);
    }

    /** @param already bytes of the connection read before the guard was in place (TLS with ALPN reads ahead) */
    public HeadGuardConduit(StreamSourceConduit next, byte[] already) {
        super(next);
        this.pending = ByteBuffer.wrap(already);
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        if (state == State.PASS && !out.hasRemaining() && !pending.hasRemaining()) {
            return next.read(dst);
        }
        if (!dst.hasRemaining()) {
            return 0;
        }
        while (!out.hasRemaining()) {
            if (pending.hasRemaining()) {
                out = feed(pending);
                pending = EMPTY;
                continue;
            }
            ByteBuffer in = ByteBuffer.allocate(Math.max(512, Math.min(dst.remaining(), 16 * 1024)));
            int n = next.read(in);
            if (n == -1 && head.size() > 0) {
                out = ByteBuffer.wrap(head.toByteArray()); // the stream ended inside a head: as it came
                head.reset();
                state = State.PASS;
            } else if (n <= 0) {
                return n;
            } else {
                in.flip();
                out = feed(in);
            }
        }
        int n = Math.min(out.remaining(), dst.remaining());
        dst.put(out.slice(out.position(), n));
        out.position(out.position() + n);
        return n;
    }

    /** Runs bytes through the head/body state machine; what Undertow should read next. */
    private ByteBuffer feed(ByteBuffer in) {
        if ((state == State.BODY || state == State.CHUNK_DATA) && bodyLeft > in.remaining()) {
            bodyLeft -= in.remaining(); // the usual case for a large body: no copy
            return in;
        }
        ByteArrayOutputStream emit = new ByteArrayOutputStream(in.remaining() + 64);
        byte[] a = in.array();
        int at = in.arrayOffset() + in.position();
        int limit = in.arrayOffset() + in.limit();
        while (at < limit) {
            at = switch (state) {
                case PASS -> {
                    emit.write(a, at, limit - at);
                    yield limit;
                }
                case BODY, CHUNK_DATA -> body(a, at, limit, emit);
                case HEAD -> head(a, at, limit, emit);
                case LONG_HEAD, CHUNK_SIZE, CHUNK_END, TRAILERS -> line(a, at, limit, emit);
            };
        }
        return ByteBuffer.wrap(emit.toByteArray());
    }

    private int body(byte[] a, int at, int limit, ByteArrayOutputStream emit) {
        int n = (int) Math.min(bodyLeft, limit - at);
        emit.write(a, at, n);
        bodyLeft -= n;
        if (bodyLeft == 0) {
            state = state == State.CHUNK_DATA ? State.CHUNK_END : State.HEAD;
        }
        return at + n;
    }

    /** Takes head bytes from {@code a[at..limit)} up to the head's end; returns where it stopped. */
    private int head(byte[] a, int at, int limit, ByteArrayOutputStream emit) {
        int i = at;
        if (head.size() == 0) {
            while (i < limit && (a[i] == '\r' || a[i] == '\n')) {
                emit.write(a[i++]); // stray line breaks between requests, which Undertow skips itself
            }
            at = i;
        }
        boolean ended = false;
        while (i < limit && !ended) {
            byte b = a[i++];
            ended = b == '\n' && (last == '\n' || (last == '\r' && beforeLast == '\n'));
            beforeLast = last;
            last = b;
        }
        head.write(a, at, i - at);
        if (ended) {
            byte[] whole = head.toByteArray();
            head.reset();
            last = beforeLast = 0;
            emit.writeBytes(RequestHead.mend(whole));
            afterHead(Framing.of(whole));
        } else if (head.size() > HEAD_LIMIT) {
            byte[] start = head.toByteArray();
            head.reset();
            emit.writeBytes(start);
            longHead.reset();
            line.reset();
            state = State.LONG_HEAD;
            last = beforeLast = 0;
            ByteArrayOutputStream emitted = new ByteArrayOutputStream();
            for (int j = 0; j < start.length; ) {
                j = line(start, j, start.length, emitted); // its lines so far, for the framing
            }
        }
        return i;
    }

    /** What follows a head: nothing, a counted body, chunks, or (framing unknown) the rest unguarded. */
    private void afterHead(Framing framing) {
        bodyLeft = Math.max(framing.length(), 0);
        state = framing.chunked() ? State.CHUNK_SIZE
                : framing.length() < 0 ? State.PASS
                : framing.length() == 0 ? State.HEAD : State.BODY;
    }

    /**
     * Passes bytes on a line at a time for the states that read lines (a long head's headers, a chunk's size, the
     * line break after its data, trailers), acting on each complete line.
     */
    private int line(byte[] a, int at, int limit, ByteArrayOutputStream emit) {
        int i = at;
        boolean ended = false;
        while (i < limit && !ended) {
            byte b = a[i++];
            ended = b == '\n';
            if (!ended && b != '\r' && line.size() <= LINE_LIMIT) {
                line.write(b);
            }
        }
        emit.write(a, at, i - at);
        if (ended) {
            String text = line.toString(StandardCharsets.ISO_8859_1);
            line.reset();
            endOfLine(text);
        } else if (line.size() > LINE_LIMIT && state != State.LONG_HEAD) {
            state = State.PASS;
        }
        return i;
    }

    private void endOfLine(String text) {
        switch (state) {
            case LONG_HEAD -> {
                if (text.isEmpty()) {
                    afterHead(longHead);
                } else {
                    longHead.header(text);
                }
            }
            case CHUNK_SIZE -> {
                long size = chunkSize(text);
                bodyLeft = Math.max(size, 0);
                state = size < 0 ? State.PASS : size == 0 ? State.TRAILERS : State.CHUNK_DATA;
            }
            case CHUNK_END -> state = text.isEmpty() ? State.CHUNK_SIZE : State.PASS;
            case TRAILERS -> state = text.isEmpty() ? State.HEAD : State.TRAILERS;
            default -> throw new IllegalStateException(state.name());
        }
    }

    /** A chunk's size from its line (hex, then optional {@code ;extensions}); -1 when it is not one. */
    static long chunkSize(String line) {
        int end = line.indexOf(';');
        String hex = (end < 0 ? line : line.substring(0, end)).trim();
        if (hex.isEmpty() || hex.length() > 15) {
            return -1;
        }
        try {
            return Long.parseLong(hex, 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The body's length by Content-Length, 0 for none, -1 when it cannot be followed (or chunked). */
    static long bodyLength(byte[] head) {
        Framing framing = Framing.of(head);
        return framing.chunked() ? -1 : framing.length();
    }

    /** How a request's body is framed, from its header lines. */
    static final class Framing {
        private long length;
        private boolean chunked;
        private boolean unknown;

        static Framing of(byte[] head) {
            Framing framing = new Framing();
            for (String line : new String(head, StandardCharsets.ISO_8859_1).split("\r?\n")) {
                framing.header(line);
            }
            return framing;
        }

        void reset() {
            length = 0;
            chunked = unknown = false;
        }

        void header(String line) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                return;
            }
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (name.equals("upgrade")) {
                unknown = true;
            } else if (name.equals("transfer-encoding")) {
                chunked = value.equalsIgnoreCase("chunked");
                unknown |= !chunked;
            } else if (name.equals("content-length")) {
                try {
                    length = Long.parseLong(value);
                    unknown |= length < 0;
                } catch (NumberFormatException e) {
                    unknown = true;
                }
            }
        }

        boolean chunked() {
            return chunked && !unknown;
        }

        /** The Content-Length, 0 for none, -1 when the framing cannot be followed. */
        long length() {
            return unknown ? -1 : chunked ? 0 : length;
        }
    }

    @Override
    public long read(ByteBuffer[] dsts, int offs, int len) throws IOException {
        for (int i = offs; i < offs + len; i++) {
            if (dsts[i].hasRemaining()) {
                return read(dsts[i]);
            }
        }
        return 0;
    }

    @Override
    public long transferTo(long position, long count, FileChannel target) throws IOException {
        return target.transferFrom(new ConduitReadableByteChannel(this), position, count);
    }

    @Override
    public long transferTo(long count, ByteBuffer throughBuffer, StreamSinkChannel target) throws IOException {
        return org.xnio.IoUtils.transfer(new ConduitReadableByteChannel(this), count, throughBuffer, target);
    }

    @Override
    public void awaitReadable() throws IOException {
        if (!out.hasRemaining() && !pending.hasRemaining()) {
            next.awaitReadable();
        }
    }

    @Override
    public void awaitReadable(long time, java.util.concurrent.TimeUnit unit) throws IOException {
        if (!out.hasRemaining() && !pending.hasRemaining()) {
            next.awaitReadable(time, unit);
        }
    }

    /** Bytes already mended but not yet read must wake the reader: the socket has nothing new to say. */
    @Override
    public void resumeReads() {
        if (out.hasRemaining() || pending.hasRemaining()) {
            next.wakeupReads();
        } else {
            next.resumeReads();
        }
    }
}
