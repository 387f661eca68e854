package ai.refinery.text.data;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;

/** Serves one tarball on the loopback interface, as the npm registry would (test only). */
final class TarballServer implements AutoCloseable {
    private static final String PATH = "/pkg/-/pkg-1.0.0.tgz";
    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    TarballServer(byte[] body) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(PATH, exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
    }

    int requests() { return requests.get(); }

    /** An address where nothing listens: a port that was free a moment ago. */
    static URI unreachable() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + s.getLocalPort() + PATH);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
