package io.capacity.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Free TCP and UDP ports on the loopback interface, for servers a test starts. */
public final class FreePorts {
    private FreePorts() {
    }

    /** One free loopback port. */
    public static int one() {
        return several(1)[0];
    }

    /** One free loopback UDP port (snmpd, ipmi_sim). */
    public static int udp() {
        try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free UDP port on 127.0.0.1", e);
        }
    }

    /**
     * {@code n} distinct free loopback ports. All sockets stay open until every port is chosen, so the kernel
     * cannot hand out the same port twice within one call.
     */
    public static int[] several(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("number of ports must be at least 1, got " + n);
        }
        List<ServerSocket> open = new ArrayList<>();
        try {
            int[] ports = new int[n];
            for (int i = 0; i < n; i++) {
                ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                s.setReuseAddress(true);
                open.add(s);
                ports[i] = s.getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free port on 127.0.0.1", e);
        } finally {
            for (ServerSocket s : open) {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // closing a listening socket we own cannot lose data
                }
            }
        }
    }
}
