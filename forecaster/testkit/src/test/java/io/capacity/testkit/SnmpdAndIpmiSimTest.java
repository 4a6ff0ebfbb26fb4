package io.capacity.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The two servers answer the stock command-line clients, independent of our collectors. */
class SnmpdAndIpmiSimTest {
    private static String run(List<String> cmd, String password) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        if (password != null) {
            pb.environment().put("IPMI_PASSWORD", password);
        }
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(20, TimeUnit.SECONDS));
        return out;
    }

    @Test
    void snmpdAnswersV2cAndV3() throws Exception {
        try (SnmpdServer s = SnmpdServer.start()) {
            String target = "127.0.0.1:" + s.port();
            String v2 = run(List.of("snmpget", "-v2c", "-c", SnmpdServer.COMMUNITY, "-On", target,
                    "1.3.6.1.2.1.31.1.1.1.1.1"), null);
            assertTrue(v2.contains("\"lo\""), v2);
            String v3 = run(List.of("snmpget", "-v3", "-l", "authPriv", "-u", SnmpdServer.V3_USER, "-a", "SHA",
                    "-A", SnmpdServer.V3_AUTH_PASSWORD, "-x", "AES", "-X", SnmpdServer.V3_PRIV_PASSWORD, "-On", target,
                    "1.3.6.1.2.1.1.3.0"), null);
            assertTrue(v3.contains("Timeticks"), v3);
        }
    }

    @Test
    void ipmiSimServesAWattsSensorFedFromItsFile() throws Exception {
        try (IpmiSimServer bmc = IpmiSimServer.start(250)) {
            List<String> sdr = List.of("ipmitool", "-I", "lanplus", "-C", "3", "-H", bmc.host(), "-p",
                    Integer.toString(bmc.port()), "-U", IpmiSimServer.USER, "-E", "-c", "sdr", "list", "full");
            assertTrue(run(sdr, IpmiSimServer.PASSWORD).contains(IpmiSimServer.SENSOR_NAME + ",250,Watts,ok"));
            bmc.setPowerWatts(100);
            String out = "";
            for (int i = 0; i < 30 && !out.contains(",100,Watts"); i++) {
                Thread.sleep(100);
                out = run(sdr, IpmiSimServer.PASSWORD);
            }
            assertTrue(out.contains(IpmiSimServer.SENSOR_NAME + ",100,Watts,ok"), out);
        }
    }

    @Test
    void fullSensorRecordLengthByteCountsTheBytesAfterTheHeader() {
        int[] sdr = IpmiSimServer.powerSdr(1, "PSU Power");
        assertEquals(sdr.length - 5, sdr[4]);
        assertEquals(0x06, sdr[21], "base unit watts");
        assertEquals(0xc0 | 9, sdr[47], "8-bit ASCII id of 9 characters");
    }
}
