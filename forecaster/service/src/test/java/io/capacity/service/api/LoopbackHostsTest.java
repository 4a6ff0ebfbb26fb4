package io.capacity.service.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which Host headers a service answers, by the address it listens on. */
class LoopbackHostsTest {
    @Test
    void onLoopbackOnlyLoopbackNamesAndListedOnes() {
        LoopbackHosts hosts = new LoopbackHosts("127.0.0.1", " proxy.lan , Other.Example ");
        for (String ok : new String[] {"localhost", "LocalHost:1", "127.0.0.1", "127.0.0.1:8080", "[::1]",
                "[::1]:8080", "proxy.lan:443", "other.example", null}) {
            assertTrue(hosts.allows(ok), String.valueOf(ok));
        }
        for (String no : new String[] {"evil.example", "localhost.evil.example", "127.0.0.2", "[::2]:80", "",
                "0.0.0.0:8080"}) {
            assertFalse(hosts.allows(no), no);
        }
    }

    @Test
    void elsewhereEveryHostIsAnswered() {
        assertTrue(new LoopbackHosts("0.0.0.0", "").allows("capacity.example:8080"));
        assertTrue(new LoopbackHosts("", "").allows("anything"));
        assertFalse(new LoopbackHosts("::1", "").allows("evil.example"));
        assertFalse(new LoopbackHosts("localhost", "").allows("evil.example"));
    }

    @Test
    void hostNamesLoseTheirPort() {
        assertEquals("[::1]", LoopbackHosts.hostName("[::1]:8080"));
        assertEquals("localhost", LoopbackHosts.hostName(" LOCALHOST:80 "));
        assertEquals("example", LoopbackHosts.hostName("example"));
    }
}
