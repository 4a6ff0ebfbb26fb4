package io.capacity.store.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.schema.Point;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NabReaderTest {
    private static final ReadOptions NAB = ReadOptions.nab("cpu", "usage", Map.of("host", "i-1"));

    @Test
    void headerIsOptionalAndSeriesComesFromOptions() {
        Collected with = Collected.read(NAB, "timestamp,value\n2014-02-14 14:30:00,0.132\n");
        Collected without = Collected.read(NAB, "2014-02-14 14:30:00,0.132\n");
        Point p = with.only();
        assertEquals(p, without.only());
        assertEquals("cpu", p.measurement());
        assertEquals(Map.of("host", "i-1"), p.tags());
        assertEquals(Map.of("usage", 0.132), p.fields());
        assertEquals(Collected.nanos("2014-02-14T14:30:00Z"), p.timeNanos());
    }

    @Test
    void quotesSpacesEpochAndZone() {
        ReadOptions ny = NAB.withZone(ZoneId.of("America/New_York"));
        Collected c = Collected.read(ny, "\"2014-02-14 09:30:00\" , \"1.5\"\n1392388200,2\n");
        assertTrue(c.bad.isEmpty(), c.bad.toString());
        assertEquals(Collected.nanos("2014-02-14T14:30:00Z"), c.points.get(0).timeNanos());
        assertEquals(Collected.nanos("2014-02-14T14:30:00Z"), c.points.get(1).timeNanos());
    }

    @Test
    void measurementAndFieldAreRequired() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ReadOptions(Format.NAB, null, null, null, null, null));
        assertTrue(e.getMessage().contains("--measurement and --field are required"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2014-02-14 14:35:00|expected 2 columns timestamp,value, found 1",
            "2014-02-14 14:35:00,1,2|found more",
            "2014-02-14 14:35:00,|column value: expected a decimal number",
            "2014-02-14 14:35:00,nan|column value: not a finite number",
            "2014-02-30 14:35:00,1|column timestamp: timestamp day 30 out of range 1-28 for 2014-2",
    })
    void badRows(String line, String reason) {
        BadRow bad = Collected.read(NAB, "timestamp,value\n2014-02-14 14:30:00,1\n" + line + "\n").onlyBad();
        assertEquals(3, bad.line());
        assertTrue(bad.reason().contains(reason), bad.toString());
    }

    @ParameterizedTest
    @CsvSource({
            "ec2_cpu_utilization_24ae8d, 4032, 2014-02-14T14:30:00Z, 2014-02-28T14:25:00Z, 0.134",
            "ec2_cpu_utilization_53ea38, 4032, 2014-02-14T14:30:00Z, 2014-02-28T14:25:00Z, 1.766",
            "ec2_cpu_utilization_5f5533, 4032, 2014-02-14T14:27:00Z, 2014-02-28T14:22:00Z, 37.718",
            "ec2_cpu_utilization_77c1ca, 4032, 2014-04-02T14:25:00Z, 2014-04-16T14:20:00Z, 0.102",
            "ec2_cpu_utilization_825cc2, 4032, 2014-04-10T00:04:00Z, 2014-04-24T00:09:00Z, 96.584",
            "ec2_cpu_utilization_ac20cd, 4032, 2014-04-02T14:29:00Z, 2014-04-16T14:49:00Z, 99.22200000000001",
            "ec2_cpu_utilization_c6585a, 4032, 2014-04-02T14:29:00Z, 2014-04-16T14:24:00Z, 0.068",
            "ec2_cpu_utilization_fe7f93, 4032, 2014-02-14T14:27:00Z, 2014-02-28T14:22:00Z, 3.252",
            "ec2_disk_write_bytes_1ef3de, 4730, 2014-03-01T17:34:00Z, 2014-03-18T03:39:00Z, 0.0",
            "ec2_disk_write_bytes_c0d644, 4032, 2014-04-02T14:25:00Z, 2014-04-16T14:20:00Z, 0.0",
            "ec2_network_in_257a54, 4032, 2014-04-10T00:04:00Z, 2014-04-24T00:09:00Z, 242084.0",
            "ec2_network_in_5abac7, 4730, 2014-03-01T17:36:00Z, 2014-03-18T03:41:00Z, 75.0",
            "elb_request_count_8c0756, 4032, 2014-04-10T00:04:00Z, 2014-04-24T00:39:00Z, 60.0",
            "grok_asg_anomaly, 4621, 2014-01-16T00:00:00Z, 2014-02-01T01:00:00Z, 0.33399999999999996",
            "iio_us-east-1_i-a2eb1cd9_NetworkIn, 1243, 2013-10-09T16:25:00Z, 2013-10-13T23:55:00Z, 7788122.6",
            "rds_cpu_utilization_cc0c53, 4032, 2014-02-14T14:30:00Z, 2014-02-28T14:30:00Z, 15.5567",
            "rds_cpu_utilization_e47b3b, 4032, 2014-04-10T00:02:00Z, 2014-04-23T23:57:00Z, 18.005",
    })
    void realAwsCloudwatchFilesParseCompletely(String name, int rows, String first, String last, double lastValue) {
        Path file = SharedData.dir("nab/realAWSCloudwatch").resolve(name + ".csv");
        Collected c = new Collected();
        PointReader.of(ReadOptions.nab("aws", "value", Map.of("series", name))).read(file, c);
        assertEquals(0, c.bad.size(), () -> c.bad.toString());
        assertEquals(rows, c.points.size());
        assertEquals(Collected.nanos(first), c.points.get(0).timeNanos());
        Point end = c.points.get(rows - 1);
        assertEquals(Collected.nanos(last), end.timeNanos());
        assertEquals(lastValue, end.fields().get("value"));
    }
}
