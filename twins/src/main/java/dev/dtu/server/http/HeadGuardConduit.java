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
 * Sits between the socket and Undertow's HTTP/1.1 parser and passes each request head through
 * {@link RequestHead#mend} (bodies pass untouched, counted by {@code Content-Length}). A chunked body or a head
 * longer than {@link #HEAD_LIMIT} ends the guarding for the rest of the connection: Undertow's own checks apply.
 */
public final class HeadGuardConduit extends AbstractStreamSourceConduit<StreamSourceConduit> {
    static final int HEAD_LIMIT = 64 * 1024;
    private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);

    private enum State { HEAD, BODY, PASS }

    private State state = State.HEAD;
    private final ByteArrayOutputStream head = new ByteArrayOutputStream();
    private long bodyLeft;
    private byte last;
    private byte beforeLast;
    private ByteBuffer out = EMPTY;

    public HeadGuardConduit(StreamSourceConduit next) {
        super(next);
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        if (state == State.PASS && !out.hasRemaining()) {
            return next.read(dst);
        }
        if (!dst.hasRemaining()) {
            return 0;
        }
        while (!out.hasRemaining()) {
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
        if (state == State.BODY && bodyLeft >= in.remaining()) {
            bodyLeft -= in.remaining(); // the usual case for a large body: no copy
            if (bodyLeft == 0) {
                state = State.HEAD;
            }
            return in;
        }
        ByteArrayOutputStream emit = new ByteArrayOutputStream(in.remaining() + 64);
        byte[] a = in.array();
        int at = in.arrayOffset() + in.position();
        int limit = in.arrayOffset() + in.limit();
        while (at < limit) {
            switch (state) {
                case PASS -> {
                    emit.write(a, at, limit - at);
                    at = limit;
                }
                case BODY -> {
                    int n = (int) Math.min(bodyLeft, limit - at);
                    emit.write(a, at, n);
                    at += n;
                    bodyLeft -= n;
                    if (bodyLeft == 0) {
                        state = State.HEAD;
                    }
                }
                case HEAD -> at = head(a, at, limit, emit);
            }
        }
        return ByteBuffer.wrap(emit.toByteArray());
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
            long length = bodyLength(whole);
            state = length < 0 ? State.PASS : length == 0 ? State.HEAD : State.BODY;
            bodyLeft = Math.max(length, 0);
        } else if (head.size() > HEAD_LIMIT) {
            emit.writeBytes(head.toByteArray());
            head.reset();
            state = State.PASS;
        }
        return i;
    }

    /** The body's length by Content-Length, 0 for none, -1 when it cannot be followed (chunked, or unclear). */
    static long bodyLength(byte[] head) {
        long length = 0;
        for (String line : new String(head, StandardCharsets.ISO_8859_1).split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (name.equals("transfer-encoding") || name.equals("upgrade")) {
                return -1;
            }
            if (name.equals("content-length")) {
                try {
                    length = Long.parseLong(value);
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        return length < 0 ? -1 : length;
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
        if (!out.hasRemaining()) {
            next.awaitReadable();
        }
    }

    @Override
    public void awaitReadable(long time, java.util.concurrent.TimeUnit unit) throws IOException {
        if (!out.hasRemaining()) {
            next.awaitReadable(time, unit);
        }
    }

    /** Bytes already mended but not yet read must wake the reader: the socket has nothing new to say. */
    @Override
    public void resumeReads() {
        if (out.hasRemaining()) {
            next.wakeupReads();
        } else {
            next.resumeReads();
        }
    }
}
