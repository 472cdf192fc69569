package dev.dtu.bench.serving;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;

/**
 * A closed-loop load generator: N keep-alive connections to 127.0.0.1, each sending the next request of the
 * mix as soon as the previous answer is read. Warm-up, then a measured window; stops by itself.
 */
public final class LoadGenerator {
    private static final int WARMING = 0;
    private static final int MEASURING = 1;
    private static final int STOPPED = 2;

    /** Sees each response measured (e.g. to collect what was acknowledged); called on connection threads. */
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
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < plan.connections(); i++) {
            Worker w = new Worker(i);
            workers.add(w);
            w.thread.start();
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
        for (Worker w : workers) {
            w.thread.join(15_000);
            all.add(w.histogram);
            ok += w.ok;
            failed += w.failed;
        }
        return new LoadResult(ok, failed, seconds, all);
    }

    private final class Worker implements Runnable {
        final Thread thread;
        final Histogram histogram = LoadResult.histogram();
        final int offset;
        long ok;
        long failed;

        Worker(int index) {
            this.offset = index;
            this.thread = new Thread(this, "load-" + index);
            this.thread.setDaemon(true);
        }

        @Override
        public void run() {
            int next = offset;
            while (phase.get() != STOPPED) {
                try (Socket socket = connect()) {
                    OutputStream out = socket.getOutputStream();
                    InputStream in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
                    while (phase.get() != STOPPED) {
                        WireRequest request = mix.get(next++ % mix.size());
                        if (!exchange(request, out, in)) {
                            break;
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    if (phase.get() == MEASURING) {
                        failed++;
                    }
                }
            }
        }

        /** One request and its answer; false when the server closes the connection. */
        private boolean exchange(WireRequest request, OutputStream out, InputStream in) throws IOException {
            long t0 = System.nanoTime();
            out.write(request.bytes());
            out.flush();
            WireResponse response = WireResponse.read(in);
            long micros = (System.nanoTime() - t0) / 1000;
            if (phase.get() == MEASURING) {
                if (response.slackOk()) {
                    ok++;
                    histogram.recordValue(Math.min(micros, 60_000_000L));
                    listener.answered(request, response.status(), response.body());
                } else {
                    failed++;
                }
            }
            return !response.close();
        }

        private Socket connect() throws IOException {
            Socket s = new Socket();
            s.setTcpNoDelay(true);
            s.setSoTimeout(10_000);
            s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            return s;
        }
    }
}
