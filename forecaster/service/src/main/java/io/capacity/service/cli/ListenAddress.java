package io.capacity.service.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.SocketException;
import java.net.UnknownHostException;

/**
 * Where {@code serve} listens, checked before anything starts: {@code --port} is 1 to 65535, or 0 for any free
 * port; {@code --bind} is an address of this machine (a name is resolved once, here).
 *
 * @param bind    the address as the user wrote it
 * @param address what it resolves to
 * @param port    0 for any free port
 */
record ListenAddress(String bind, InetAddress address, int port) {
    static final int MAX_PORT = 65535;

    ListenAddress {
        if (port < 0 || port > MAX_PORT) {
            throw new UsageError("--port " + port + ": expected 1 to " + MAX_PORT + ", or 0 for any free port");
        }
        if (!isLocal(address)) {
            throw new UsageError("--bind " + bind + ": " + address.getHostAddress() + " is not an address of this "
                    + "machine; expected one of its addresses, 127.0.0.1, or 0.0.0.0 for all");
        }
    }

    /** Resolves {@code bind} (a usage error naming it when it does not resolve) and checks both flags. */
    static ListenAddress of(String bind, int port) {
        if (port < 0 || port > MAX_PORT) {
            throw new UsageError("--port " + port + ": expected 1 to " + MAX_PORT + ", or 0 for any free port");
        }
        String b = bind == null ? "" : bind.trim();
        if (b.isEmpty()) {
            throw new UsageError("--bind: empty; expected an address of this machine such as 127.0.0.1 or 0.0.0.0");
        }
        try {
            return new ListenAddress(b, InetAddress.getByName(b), port);
        } catch (UnknownHostException e) {
            throw new UsageError("--bind " + b + ": not an address, and no host of that name is known; expected an "
                    + "address of this machine such as 127.0.0.1 or 0.0.0.0");
        }
    }

    /** Whether only this machine can reach the service. */
    boolean loopbackOnly() {
        return address.isLoopbackAddress();
    }

    /**
     * Fails with one line when another process already listens on the port, so {@code serve} stops before its
     * store, agent and web layer start. Port 0 always finds a free port.
     */
    void checkFree() {
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(address, port));
        } catch (BindException e) {
            throw inUse();
        } catch (IOException e) {
            throw new IllegalStateException("--port " + port + ": cannot listen on " + bind + ":" + port + ": "
                    + UserMessages.of(e));
        }
    }

    /** The one line for a port another process holds. */
    IllegalStateException inUse() {
        return new IllegalStateException("--port " + port + ": " + bind + ":" + port + " is already in use "
                + "(another serve?); stop it, choose another --port, or --port 0 for any free one");
    }

    /** Whether the web server failed to start because it could not bind (the port was taken after the check). */
    static boolean isBindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BindException || "Address already in use".equals(t.getMessage())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLocal(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress()) {
            return true;
        }
        try {
            return NetworkInterface.getByInetAddress(a) != null;
        } catch (SocketException e) {
            return false;
        }
    }
}
