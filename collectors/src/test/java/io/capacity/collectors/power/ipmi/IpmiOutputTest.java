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
        assertEquals(Map.of("dcmi_instantaneous", 245.0, "dcmi_minimum", 88.0, "dcmi_maximum", 403.0,
                "dcmi_average", 243.0), IpmiOutput.dcmi(out));
    }

    @Test
    void deactivatedOrUnsupportedDcmiGivesNothing() {
        assertTrue(IpmiOutput.dcmi("Instantaneous power reading: 0 Watts\nPower reading state is: deactivated\n")
                .isEmpty());
        assertTrue(IpmiOutput.dcmi("    DCMI request failed because: Invalid command (c1)\n").isEmpty());
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
    void namesFollowTelegraf() {
        assertEquals("ps1_input_power", IpmiOutput.telegrafName(" PS1 Input Power "));
        assertEquals("pwr_consumption", IpmiOutput.telegrafName("Pwr Consumption"));
    }
}
