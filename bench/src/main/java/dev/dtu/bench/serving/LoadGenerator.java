package dev.dtu.bench.serving;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;

/**
 * A closed-loop load generator: N keep-alive connections to 127.0.0.1, each sending the next request of the
 * mix as soon as the previous answer is read. Like wrk, a few event-loop threads (one per core, at most two)
 * drive all connections with non-blocking sockets, so the generator's own cost per request stays small and
 * alike for every server it measures. Warm-up, then a measured window; stops by itself.
 */
public final class LoadGenerator {
    private static final int WARMING = 0;
    private static final int MEASURING = 1;
    private static final int STOPPED = 2;

    /** Sees each response measured (e.g. to collect what was acknowledged); called on event-loop threads. */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = (request, status, body) -> { };

        void answered(WireRequest request, int status, byte[] body);
    }

    public record Plan(int connections, Duration warmup, Duration measure) {}

    private final int port;
    private final List<WireRequest> mix;
    private final Listener listener;
    private final AtomicInteger phase = new AtomicInteger();

    public LoadGenerator(int port, List<WireRequest> mix, Listener listener) {
        this.port = port;
        this.mix = List.copyOf(mix);
        this.listener = listener;
    }

    public LoadResult run(Plan plan) throws InterruptedException {
        phase.set(WARMING);
        int loops = Math.max(1, Math.min(2, Math.min(plan.connections(), Runtime.getRuntime().availableProcessors())));
        List<EventLoop> workers = new ArrayList<>();
        for (int i = 0; i < loops; i++) {
            EventLoop loop = new EventLoop(i, loops, plan.connections());
            workers.add(loop);
            loop.thread.start();
        }
        Thread.sleep(plan.warmup().toMillis());
        long start = System.nanoTime();
        phase.set(MEASURING);
        Thread.sleep(plan.measure().toMillis());
        phase.set(STOPPED);
        double seconds = (System.nanoTime() - start) / 1e9;
        Histogram all = LoadResult.histogram();
        long ok = 0;
        long failed = 0;
        for (EventLoop w : workers) {
            w.thread.join(15_000);
            all.add(w.histogram);
            ok += w.ok;
            failed += w.failed;
        }
        return new LoadResult(ok, failed, seconds, all);
    }

    /** One thread's share of the connections (every loops-th one, from index). */
    private final class EventLoop implements Runnable {
        final Thread thread;
        final Histogram histogram = LoadResult.histogram();
        final int index;
        final int loops;
        final int connections;
        long ok;
        long failed;

        EventLoop(int index, int loops, int connections) {
            this.index = index;
            this.loops = loops;
            this.connections = connections;
            this.thread = new Thread(this, "load-" + index);
            this.thread.setDaemon(true);
        }

        @Override
        public void run() {
            try (Selector selector = Selector.open()) {
                List<Connection> mine = new ArrayList<>();
                for (int c = index; c < connections; c += loops) {
                    // each connection walks its own stretch of a long mix (Okta's, whose creates never repeat)
                    Connection conn = new Connection(selector, c * Math.max(1, mix.size() / connections / 2 * 2));
                    mine.add(conn);
                    conn.open();
                }
                while (phase.get() != STOPPED) {
                    selector.select(10);
                    for (Connection conn : mine) {
                        conn.reopenIfBroken();
                    }
                    for (SelectionKey key : selector.selectedKeys()) {
                        ((Connection) key.attachment()).ready(key);
                    }
                    selector.selectedKeys().clear();
                }
                mine.forEach(Connection::close);
            } catch (IOException e) {
                throw new IllegalStateException("load generator: " + e.getMessage(), e);
            }
        }

        /** One keep-alive connection: send a request, read its answer, send the next. */
        private final class Connection {
            final Selector selector;
            int next;
            SocketChannel channel;
            WireRequest request;
            ByteBuffer out;
            byte[] in = new byte[16 * 1024];
            int received;
            long sentAt;
            boolean broken;

            Connection(Selector selector, int offset) {
                this.selector = selector;
                this.next = offset;
            }

            void open() {
                broken = false;
                try {
                    channel = SocketChannel.open();
                    channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                    channel.connect(new InetSocketAddress("127.0.0.1", port));
                    channel.configureBlocking(false);
                    channel.register(selector, 0, this);
                    send();
                } catch (IOException e) {
                    failed();
                }
            }

            /** A connection that failed is opened again on the loop's next turn (not at once: no busy loop). */
            void reopenIfBroken() {
                if (broken && phase.get() != STOPPED) {
                    open();
                }
            }

            void send() throws IOException {
                request = mix.get(next++ % mix.size());
                out = ByteBuffer.wrap(request.bytes());
                received = 0;
                sentAt = System.nanoTime();
                channel.write(out);
                channel.keyFor(selector).interestOps(out.hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
            }

            void ready(SelectionKey key) {
                try {
                    if (key.isValid() && key.isWritable()) {
                        channel.write(out);
                        if (!out.hasRemaining()) {
                            key.interestOps(SelectionKey.OP_READ);
                        }
                    } else if (key.isValid() && key.isReadable()) {
                        read();
                    }
                } catch (IOException | RuntimeException e) {
                    failed();
                }
            }

            private void read() throws IOException {
                if (received == in.length) {
                    in = Arrays.copyOf(in, in.length * 2);
                }
                int n = channel.read(ByteBuffer.wrap(in, received, in.length - received));
                if (n < 0) {
                    failed();
                    return;
                }
                received += n;
                WireResponse response = WireResponse.parse(in, received);
                if (response != null) {
                    answered(response);
                    if (response.close()) {
                        close();
                        open();
                    } else if (phase.get() != STOPPED) {
                        send();
                    }
                }
            }

            private void answered(WireResponse response) {
                long micros = (System.nanoTime() - sentAt) / 1000;
                if (phase.get() != MEASURING) {
                    return;
                }
                if (response.succeeded()) {
                    ok++;
                    histogram.recordValue(Math.min(micros, 60_000_000L));
                    listener.answered(request, response.status(), response.body());
                } else {
                    failed++;
                }
            }

            private void failed() {
                if (phase.get() == MEASURING) {
                    failed++;
                }
                close();
                broken = true;
            }

            void close() {
                try {
                    if (channel != null) {
                        channel.close();
                    }
                } catch (IOException ignored) {
                    // closing a connection the server may already have closed
                }
            }
        }
    }
}
