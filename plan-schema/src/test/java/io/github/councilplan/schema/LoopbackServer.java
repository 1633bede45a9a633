package io.github.councilplan.schema;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A server on the loopback interface that counts the connections made to it, started before each
 * test and stopped after it: a test that gives the validator an address on it shows that the
 * validator made no request when the count stays at zero.
 */
final class LoopbackServer implements BeforeEachCallback, AfterEachCallback {
    private final AtomicInteger connections = new AtomicInteger();
    private ServerSocket server;
    private Thread acceptor;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        connections.set(0);
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                    connections.incrementAndGet();
                } catch (SocketException closed) {
                    return;
                } catch (IOException e) {
                    connections.incrementAndGet();
                }
            }
        }, "loopback-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException, InterruptedException {
        server.close();
        acceptor.join(5000);
    }

    /** An http address on this server, such as {@code http://127.0.0.1:40123/schema.json}. */
    String address(String path) {
        return "http://127.0.0.1:" + server.getLocalPort() + path;
    }

    /** The connections made since this test began. */
    AtomicInteger connections() {
        return connections;
    }
}
