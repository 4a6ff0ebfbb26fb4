package io.capacity.collectors.power.redfish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.collectors.power.control.PowerCommand;
import io.capacity.collectors.power.control.PowerControl;
import io.capacity.collectors.power.control.PowerState;
import io.capacity.collectors.power.control.PowerStates;
import io.capacity.collectors.power.control.RedfishPowerControl;
import io.capacity.collectors.source.CollectorException;
import io.capacity.collectors.source.InventoryTags;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Power control through the mockup BMC's {@code #ComputerSystem.Reset} action, over HTTPS with sessions. */
class RedfishResetTest {
    private static final String SYSTEM = "/redfish/v1/Systems/System.Embedded.1";

    private static PowerControl control(RedfishMockServer s) throws CollectorException {
        return new RedfishPowerControl(new RedfishTarget("bmc1", s.url(), RedfishMockServer.USER,
                RedfishMockServer.PASSWORD, RedfishAuth.SESSION, s.caPem, false, Duration.ofSeconds(5),
                Duration.ofSeconds(30), new InventoryTags(null, null, null, "node17", null)));
    }

    @Test
    void gracefulShutdownThenOnChangeThePowerStateTheBmcHolds() throws Exception {
        try (var s = new RedfishMockServer("dell-idrac"); var c = control(s)) {
            s.shutdownAfter(300, true);
            assertEquals(PowerState.ON, c.state());
            c.send(PowerCommand.GRACEFUL_SHUTDOWN);
            assertEquals("On", s.powerState(SYSTEM), "the operating system takes its time to shut down");
            assertEquals(PowerState.OFF, PowerStates.await(c, PowerState.OFF, 5_000));
            assertEquals("Off", s.powerState(SYSTEM));
            c.send(PowerCommand.ON);
            assertEquals("On", s.powerState(SYSTEM));
            assertEquals(PowerState.ON, c.state());
            assertEquals(2, s.resets.get());
            assertEquals(1, s.logins.get(), "one session for reads and actions");
        }
    }

    @Test
    void theActionTargetIsReadFromTheResourceNotAssumed() throws Exception {
        try (var s = new RedfishMockServer("dell-idrac"); var c = control(s)) {
            s.put(SYSTEM, "{\"@odata.id\":\"" + SYSTEM + "\",\"PowerState\":\"On\",\"Actions\":{\"#ComputerSystem.Reset\":"
                    + "{\"target\":\"/redfish/v1/Oem/Vendor/PowerActions/Reset\"}}}");
            c.send(PowerCommand.GRACEFUL_SHUTDOWN);
            assertEquals(PowerState.OFF, PowerStates.await(c, PowerState.OFF, 5_000));
            assertEquals(1, s.resets.get());
        }
    }

    @Test
    void aSystemWithoutTheResetActionFailsCleanlyAndPostsNothing() throws Exception {
        try (var s = new RedfishMockServer("dell-idrac"); var c = control(s)) {
            s.put(SYSTEM, "{\"@odata.id\":\"" + SYSTEM + "\",\"PowerState\":\"On\"}");
            var e = assertThrows(CollectorException.class, () -> c.send(PowerCommand.GRACEFUL_SHUTDOWN));
            assertEquals("bmc1: " + SYSTEM + " advertises no #ComputerSystem.Reset action target: this BMC cannot"
                    + " reset the system through Redfish", e.getMessage());
            assertEquals(0, s.resets.get());
            assertEquals("On", s.powerState(SYSTEM));
        }
    }

    @Test
    void aTargetTheBmcDoesNotServeFailsWithItsStatus() throws Exception {
        try (var s = new RedfishMockServer("dell-idrac"); var c = control(s)) {
            s.fail(SYSTEM + "/Actions/ComputerSystem.Reset", 404);
            var e = assertThrows(CollectorException.class, () -> c.send(PowerCommand.GRACEFUL_SHUTDOWN));
            assertEquals("bmc1: POST " + SYSTEM + "/Actions/ComputerSystem.Reset (ResetType GracefulShutdown) answered"
                    + " 404", e.getMessage());
            assertEquals("On", s.powerState(SYSTEM));
        }
    }

    @Test
    void aTargetOnAnotherHostOrAResetTypeNotAllowedIsRefusedBeforeAnyPost() throws Exception {
        try (var s = new RedfishMockServer("dell-idrac"); var c = control(s)) {
            s.put(SYSTEM, "{\"@odata.id\":\"" + SYSTEM + "\",\"PowerState\":\"On\",\"Actions\":{\"#ComputerSystem.Reset\":"
                    + "{\"target\":\"https://10.9.9.9/redfish/v1/Systems/1/Actions/ComputerSystem.Reset\"}}}");
            var e = assertThrows(CollectorException.class, () -> c.send(PowerCommand.GRACEFUL_SHUTDOWN));
            assertTrue(e.getMessage().contains("is not a path on this BMC"), e.getMessage());
            s.put(SYSTEM, "{\"@odata.id\":\"" + SYSTEM + "\",\"PowerState\":\"On\",\"Actions\":{\"#ComputerSystem.Reset\":"
                    + "{\"target\":\"" + SYSTEM + "/Actions/ComputerSystem.Reset\","
                    + "\"ResetType@Redfish.AllowableValues\":[\"On\",\"ForceOff\"]}}}");
            e = assertThrows(CollectorException.class, () -> c.send(PowerCommand.GRACEFUL_SHUTDOWN));
            assertTrue(e.getMessage().contains("does not allow ResetType GracefulShutdown"), e.getMessage());
            assertEquals(0, s.resets.get());
        }
    }

    @Test
    void aHostThatIgnoresTheShutdownStaysOn() throws Exception {
        try (var s = new RedfishMockServer("dell-idrac"); var c = control(s)) {
            s.shutdownAfter(0, false);
            c.send(PowerCommand.GRACEFUL_SHUTDOWN);
            assertEquals(PowerState.ON, PowerStates.await(c, PowerState.OFF, 500));
            assertFalse(c.describe(PowerCommand.GRACEFUL_SHUTDOWN).contains(RedfishMockServer.PASSWORD));
        }
    }
}
