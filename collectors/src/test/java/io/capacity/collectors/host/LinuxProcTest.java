package io.capacity.collectors.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The link speed as the kernel writes {@code /sys/class/net/NIC/speed}: Mb/s for a link that is up, -1 for one whose
 * speed is unknown (virtio, a bridge), and a read that fails (EINVAL) for a down link or a loopback.
 */
class LinuxProcTest {
    @TempDir
    Path sys;

    private LinuxProc withSpeed(String nic, String text) throws Exception {
        Files.createDirectories(sys.resolve(nic));
        Files.writeString(sys.resolve(nic).resolve("speed"), text);
        return new LinuxProc(sys, sys);
    }

    @Test
    void aLinkThatIsUpHasItsSpeedInMegabits() throws Exception {
        assertEquals(25000, withSpeed("ens1f0", "25000\n").linkSpeed("ens1f0"));
    }

    @Test
    void noSpeedIsMinusOneSoTheFieldIsLeftOut() throws Exception {
        assertEquals(-1, withSpeed("eth0", "-1\n").linkSpeed("eth0"), "virtio: unknown");
        assertEquals(-1, withSpeed("br0", "0\n").linkSpeed("br0"), "zero is no speed either");
        assertEquals(-1, withSpeed("odd", "fast\n").linkSpeed("odd"));
        assertEquals(-1, new LinuxProc(sys, sys).linkSpeed("gone"), "no such file");
    }
}
