package dev.dtu.server;

import dev.dtu.server.http.HeadGuardConduit;
import io.undertow.UndertowOptions;
import io.undertow.connector.ByteBufferPool;
import io.undertow.connector.PooledByteBuffer;
import io.undertow.protocols.ssl.UndertowXnioSsl;
import io.undertow.server.ConnectorStatistics;
import io.undertow.server.DefaultByteBufferPool;
import io.undertow.server.DelegateOpenListener;
import io.undertow.server.HttpHandler;
import io.undertow.server.protocol.http.AlpnOpenListener;
import io.undertow.server.protocol.http.HttpOpenListener;
import io.undertow.server.protocol.http2.Http2OpenListener;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import javax.net.ssl.SSLContext;
import org.xnio.ChannelListeners;
import org.xnio.IoUtils;
import org.xnio.OptionMap;
import org.xnio.Options;
import org.xnio.SslClientAuthMode;
import org.xnio.StreamConnection;
import org.xnio.XnioWorker;
import org.xnio.channels.AcceptingChannel;

/**
 * The server's listener, bound by the server rather than by {@code Undertow.Builder} so that every HTTP/1.1
 * connection's bytes pass through {@link HeadGuardConduit} before Undertow's parser: a malformed URL or a NUL in a
 * header then reaches the server's handler (and the vendor's envelope) instead of Undertow's bare 400. Over TLS the
 * guard sits on the decrypted bytes, for connections that ALPN gives to HTTP/1.1 (or that offer no ALPN); HTTP/2
 * connections go to Undertow's HTTP/2 listener as they would from the builder.
 */
final class GuardedHttpListener implements AutoCloseable {
    private final AcceptingChannel<? extends StreamConnection> channel;

    private GuardedHttpListener(AcceptingChannel<? extends StreamConnection> channel) {
        this.channel = channel;
    }

    /**
     * Binds on the worker Undertow already runs and serves {@code handler} with Undertow's options, over TLS when
     * {@code tls} is given.
     */
    static GuardedHttpListener listen(XnioWorker worker, String host, int port, OptionMap undertowOptions,
                                      HttpHandler handler, SSLContext tls) throws IOException {
        ByteBufferPool buffers = new DefaultByteBufferPool(true, 16 * 1024 - 20, -1, 4);
        HttpOpenListener http = new HttpOpenListener(buffers, undertowOptions);
        http.setRootHandler(handler);
        Guarded guarded = new Guarded(http);
        OptionMap.Builder socket = OptionMap.builder().set(Options.TCP_NODELAY, true).set(Options.REUSE_ADDRESSES, true)
                .set(Options.BACKLOG, 1000).set(Options.BALANCING_TOKENS, 1).set(Options.BALANCING_CONNECTIONS, 2);
        InetSocketAddress address = new InetSocketAddress(host, port);
        AcceptingChannel<? extends StreamConnection> channel;
        if (tls == null) {
            channel = worker.createStreamConnectionServer(address, ChannelListeners.openListenerAdapter(
                    guarded), socket.getMap());
        } else {
            OptionMap options = OptionMap.builder().addAll(undertowOptions).set(UndertowOptions.ENABLE_HTTP2, true).getMap();
            AlpnOpenListener alpn = new AlpnOpenListener(buffers, options, guarded);
            alpn.addProtocol(Http2OpenListener.HTTP2, http2(buffers, options, Http2OpenListener.HTTP2, handler), 10);
            alpn.addProtocol(Http2OpenListener.HTTP2_14, http2(buffers, options, Http2OpenListener.HTTP2_14, handler), 7);
            UndertowXnioSsl ssl = new UndertowXnioSsl(worker.getXnio(), OptionMap.create(Options.USE_DIRECT_BUFFERS, true),
                    tls);
            socket.set(Options.SSL_CLIENT_AUTH_MODE, SslClientAuthMode.NOT_REQUESTED);
            channel = ssl.createSslConnectionServer(worker, address, ChannelListeners.openListenerAdapter(alpn),
                    socket.getMap());
        }
        channel.resumeAccepts();
        return new GuardedHttpListener(channel);
    }

    private static Http2OpenListener http2(ByteBufferPool buffers, OptionMap options, String protocol, HttpHandler handler) {
        Http2OpenListener listener = new Http2OpenListener(buffers, options, protocol);
        listener.setRootHandler(handler);
        return listener;
    }

    int port() {
        return channel.getLocalAddress(InetSocketAddress.class).getPort();
    }

    @Override
    public void close() {
        IoUtils.safeClose(channel);
    }

    /**
     * Undertow's HTTP/1.1 listener behind the guard. Bytes the TLS/ALPN listener has already read come with the
     * connection; they are given to the guard first rather than to Undertow's parser directly.
     */
    private record Guarded(HttpOpenListener http) implements DelegateOpenListener {
        @Override
        public void handleEvent(StreamConnection connection, PooledByteBuffer already) {
            byte[] read = new byte[0];
            if (already != null) {
                ByteBuffer b = already.getBuffer();
                read = new byte[b.remaining()];
                b.get(read);
                already.close();
            }
            connection.getSourceChannel().setConduit(
                    new HeadGuardConduit(connection.getSourceChannel().getConduit(), read));
            http.handleEvent(connection, null);
        }

        @Override
        public void handleEvent(StreamConnection connection) {
            handleEvent(connection, null);
        }

        @Override
        public HttpHandler getRootHandler() {
            return http.getRootHandler();
        }

        @Override
        public void setRootHandler(HttpHandler rootHandler) {
            http.setRootHandler(rootHandler);
        }

        @Override
        public OptionMap getUndertowOptions() {
            return http.getUndertowOptions();
        }

        @Override
        public void setUndertowOptions(OptionMap undertowOptions) {
            http.setUndertowOptions(undertowOptions);
        }

        @Override
        public ByteBufferPool getBufferPool() {
            return http.getBufferPool();
        }

        @Override
        public ConnectorStatistics getConnectorStatistics() {
            return http.getConnectorStatistics();
        }

        @Override
        public void closeConnections() {
            http.closeConnections();
        }
    }
}
