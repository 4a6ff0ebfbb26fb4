package io.capacity.collectors.power.ipmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ipmitool output as printed by real BMCs; the simulator cannot produce DCMI, so its text is written here. */
class IpmiOutputTest {
    @Test
    void dcmiReadingWithPaddingAndTrailingLines() {
        String out = """

                    Instantaneous power reading:                   245 Watts
                    Minimum during sampling period:                 88 Watts
                    Maximum during sampling period:                403 Watts
                    Average power reading over sample period:      243 Watts
                    IPMI timestamp:                           Thu Jan 14 09:21:02 2021
                    Sampling period:                          00000001 Seconds.
                    Power reading state is:                   activated
                """;
        IpmiOutput.Dcmi d = IpmiOutput.dcmi(0, out);
        assertEquals(IpmiOutput.DcmiState.READINGS, d.state());
        assertEquals(Map.of("instantaneous_power_reading", 245.0, "minimum_during_sampling_period", 88.0,
                "maximum_during_sampling_period", 403.0, "average_power_reading_over_sample_period", 243.0),
                d.readings(), "Telegraf's dcmi_power_reading names");
    }

    @Test
    void deactivatedOrUnsupportedDcmiGivesNothingAndSaysWhy() {
        IpmiOutput.Dcmi off = IpmiOutput.dcmi(0,
                "Instantaneous power reading: 0 Watts\nPower reading state is: deactivated\n");
        assertTrue(off.readings().isEmpty());
        assertEquals(IpmiOutput.DcmiState.DEACTIVATED, off.state());
        IpmiOutput.Dcmi none = IpmiOutput.dcmi(1, "    DCMI request failed because: Invalid command (c1)\n");
        assertTrue(none.readings().isEmpty());
        assertEquals(IpmiOutput.DcmiState.UNSUPPORTED, none.state());
    }

    @Test
    void aTransientFailureIsNotTakenForMissingDcmi() {
        assertEquals(IpmiOutput.DcmiState.UNKNOWN, IpmiOutput.dcmi(1,
                "Error: Unable to establish IPMI v2 / RMCP+ session\n").state());
        assertEquals(IpmiOutput.DcmiState.UNKNOWN, IpmiOutput.dcmi(1,
                "    DCMI request failed because: Node busy (c0)\n").state());
    }

    @Test
    void sdrCsvSkipsDisabledSensorsAndNoise() {
        String out = "Unable to Get Channel Cipher Suites\nPSU Power,300,Watts,ok\nCPU Temp,45,degrees C,ok\n"
                + "PS2 Input Power,,,ns\nSys Pwr,  187.5 , watts , cr\n";
        List<IpmiOutput.Sensor> s = IpmiOutput.sdrCsv(out);
        assertEquals(3, s.size(), s::toString);
        assertEquals(new IpmiOutput.Sensor("Sys Pwr", 187.5, "watts", "cr"), s.get(2));
    }

    @Test
    void theTotalSensorIsChosenOverSupplyInputsElseTheInputsAreSummed() {
        var total = new IpmiOutput.Sensor("Pwr Consumption", 380, "Watts", "ok");
        var ps1 = new IpmiOutput.Sensor("PS1 Input Power", 200, "Watts", "ok");
        var ps2 = new IpmiOutput.Sensor("PS2 Input Power", 190, "Watts", "ok");
        var out = new IpmiOutput.Sensor("PS1 Output Power", 170, "Watts", "ok");
        var cpu = new IpmiOutput.Sensor("CPU Power", 90, "Watts", "ok");
        PowerSensors.Choice t = PowerSensors.choose(List.of(ps1, total, ps2, cpu), List.of());
        assertEquals(PowerSensors.Basis.TOTAL_SENSOR, t.basis());
        assertEquals(List.of(total), t.sensors());
        PowerSensors.Choice psus = PowerSensors.choose(List.of(ps1, out, ps2, cpu), List.of());
        assertEquals(PowerSensors.Basis.PSU_INPUTS, psus.basis());
        assertEquals(List.of(ps1, ps2), psus.sensors());
        assertEquals(390.0, psus.watts(), 1e-9);
        for (String name : List.of("System Level", "Power Meter", "Total Power", "Sys Pwr")) {
            assertEquals(PowerSensors.Basis.TOTAL_SENSOR, PowerSensors.choose(List.of(ps1,
                    new IpmiOutput.Sensor(name, 1, "Watts", "ok")), List.of()).basis(), name);
        }
        assertEquals(List.of(cpu), PowerSensors.choose(List.of(total, cpu), List.of("cpu_power")).sensors(),
                "configured names win");
    }

    @Test
    void namesFollowTelegraf() {
        assertEquals("ps1_input_power", IpmiOutput.telegrafName(" PS1 Input Power "));
        assertEquals("pwr_consumption", IpmiOutput.telegrafName("Pwr Consumption"));
        assertEquals("sys._health_led", IpmiOutput.telegrafName("Sys. Health LED"), "Telegraf's README example");
        assertEquals("ps1_-_input", IpmiOutput.telegrafName("PS1 - Input"), "only spaces become underscores");
    }
}
