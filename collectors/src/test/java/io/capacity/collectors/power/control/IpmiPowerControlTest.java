package io.capacity.collectors.power.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.capacity.collectors.power.ipmi.IpmiTarget;
import io.capacity.collectors.source.CollectorException;
import io.capacity.collectors.source.InventoryTags;
import io.capacity.testkit.IpmiSimServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Chassis power control against OpenIPMI's real ipmi_sim, each state read back with ipmitool by the testkit. */
class IpmiPowerControlTest {
    static IpmiTarget target(IpmiSimServer bmc, String password) {
        return new IpmiTarget("bmc-sim", bmc.host(), bmc.port(), IpmiSimServer.USER, password,
                IpmiSimServer.CIPHER_SUITE, Duration.ofSeconds(10), Duration.ofSeconds(60),
                new InventoryTags(null, null, null, "node3", null), null);
    }

    @Test
    void softPowerOffThenOn() throws Exception {
        try (var bmc = IpmiSimServer.start(300, new IpmiSimServer.Chassis(true, Duration.ofMillis(500), true));
             var c = new IpmiPowerControl(target(bmc, IpmiSimServer.PASSWORD))) {
            assertEquals(PowerState.ON, c.state());
            c.send(PowerCommand.GRACEFUL_SHUTDOWN);
            assertEquals(PowerState.OFF, PowerStates.await(c, PowerState.OFF, 5_000));
            assertEquals("off", bmc.chassisPower());
            c.send(PowerCommand.ON);
            assertEquals(PowerState.ON, c.state());
            assertEquals("on", bmc.chassisPower());
        }
    }

    @Test
    void aHungHostStaysOnAfterASoftPowerOff() throws Exception {
        try (var bmc = IpmiSimServer.start(300, new IpmiSimServer.Chassis(true, Duration.ZERO, false));
             var c = new IpmiPowerControl(target(bmc, IpmiSimServer.PASSWORD))) {
            c.send(PowerCommand.GRACEFUL_SHUTDOWN);
            Thread.sleep(1_000);
            assertEquals(PowerState.ON, c.state());
            assertEquals("on", bmc.chassisPower());
        }
    }

    @Test
    void aWrongPasswordFailsWithoutShowingIt() throws Exception {
        try (var bmc = IpmiSimServer.start(300);
             var c = new IpmiPowerControl(target(bmc, "not-the-password"))) {
            var e = assertThrows(CollectorException.class, () -> c.send(PowerCommand.GRACEFUL_SHUTDOWN));
            assertFalse(e.getMessage().contains("not-the-password"), e.getMessage());
            assertEquals("on", bmc.chassisPower());
        }
    }
}
