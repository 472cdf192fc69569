package dev.dtu.server;

import dev.dtu.server.http.HeadGuardConduit;
import io.undertow.server.DefaultByteBufferPool;
import io.undertow.server.HttpHandler;
import io.undertow.server.protocol.http.HttpOpenListener;
import java.io.IOException;
import java.net.InetSocketAddress;
import org.xnio.ChannelListener;
import org.xnio.ChannelListeners;
import org.xnio.IoUtils;
import org.xnio.OptionMap;
import org.xnio.Options;
import org.xnio.StreamConnection;
import org.xnio.XnioWorker;
import org.xnio.channels.AcceptingChannel;

/**
 * The plain-HTTP listener, bound by the server rather than by {@code Undertow.Builder} so that every connection's
 * bytes pass through {@link HeadGuardConduit} before Undertow's parser: a malformed URL or a NUL in a header then
 * reaches the server's handler (and the vendor's envelope) instead of Undertow's bare 400.
 */
final class GuardedHttpListener implements AutoCloseable {
    private final AcceptingChannel<StreamConnection> channel;

    private GuardedHttpListener(AcceptingChannel<StreamConnection> channel) {
        this.channel = channel;
    }

    /** Binds on the worker Undertow already runs and serves {@code handler} with Undertow's options. */
    static GuardedHttpListener listen(XnioWorker worker, String host, int port, OptionMap undertowOptions,
                                      HttpHandler handler) throws IOException {
        HttpOpenListener http = new HttpOpenListener(new DefaultByteBufferPool(true, 16 * 1024 - 20, -1, 4),
                undertowOptions);
        http.setRootHandler(handler);
        ChannelListener<StreamConnection> guarded = connection -> {
            connection.getSourceChannel().setConduit(new HeadGuardConduit(connection.getSourceChannel().getConduit()));
            http.handleEvent(connection);
        };
        OptionMap socket = OptionMap.builder().set(Options.TCP_NODELAY, true).set(Options.REUSE_ADDRESSES, true)
                .set(Options.BACKLOG, 1000).set(Options.BALANCING_TOKENS, 1).set(Options.BALANCING_CONNECTIONS, 2)
                .getMap();
        AcceptingChannel<StreamConnection> channel = worker.createStreamConnectionServer(
                new InetSocketAddress(host, port), ChannelListeners.openListenerAdapter(guarded), socket);
        channel.resumeAccepts();
        return new GuardedHttpListener(channel);
    }

    int port() {
        return channel.getLocalAddress(InetSocketAddress.class).getPort();
    }

    @Override
    public void close() {
        IoUtils.safeClose(channel);
    }
}
