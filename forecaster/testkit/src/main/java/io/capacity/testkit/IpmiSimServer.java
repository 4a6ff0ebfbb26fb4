package io.capacity.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * OpenIPMI's {@code ipmi_sim} as a BMC on a free loopback UDP port, with a power sensor ("PSU Power", watts; more
 * on request) whose reading comes from a file the test writes through {@link #setPowerWatts(int)}, and a simulated host behind
 * its chassis control ({@link Chassis}): {@code chassis power on/off} switch it at once, {@code chassis power soft}
 * asks its operating system to shut down, which it does after a delay (or never, as a hung host).
 *
 * <p>The simulator does not implement DCMI, so {@code ipmitool dcmi power reading} fails against it and clients
 * must fall back to the SDR path; that is exactly the path a real test can exercise here.
 */
public final class IpmiSimServer implements AutoCloseable {
    public static final String USER = "capadmin";
    public static final String PASSWORD = "capsecret";
    public static final String SENSOR_NAME = "PSU Power";
    /** ipmi_sim speaks RMCP+ cipher suite 3; newer ipmitool defaults to 17 and then waits for a fallback. */
    public static final int CIPHER_SUITE = 3;

    private final Path dir;
    private final int port;
    private final Process process;
    private final List<String> extraSensors;

    private IpmiSimServer(Path dir, int port, Process process, List<String> extraSensors) {
        this.dir = dir;
        this.port = port;
        this.process = process;
        this.extraSensors = extraSensors;
    }

    /**
     * The host behind the BMC's chassis control, as ipmi_sim runs it: the simulator calls the {@code chassis_control}
     * program ({@code PROG get power}, {@code PROG set power 0|1}, {@code PROG set shutdown 1} for a soft power-off)
     * and reads its power state from it at every {@code chassis power status}.
     *
     * @param on                   whether the host is on at start
     * @param shutdownDelay        how long the host's operating system takes to shut down after a soft power-off
     * @param honoursSoftShutdown  false for a host that ignores the request (a hung OS): it stays on
     */
    public record Chassis(boolean on, Duration shutdownDelay, boolean honoursSoftShutdown) {
        /** On, and shuts down one second after a soft power-off. */
        public static final Chassis DEFAULT = new Chassis(true, Duration.ofSeconds(1), true);

        public Chassis {
            if (shutdownDelay.isNegative()) {
                throw new IllegalArgumentException("shutdownDelay must not be negative, got " + shutdownDelay);
            }
        }
    }

    public static IpmiSimServer start(int initialWatts) throws IOException, InterruptedException {
        return start(initialWatts, Chassis.DEFAULT);
    }

    public static IpmiSimServer start(int initialWatts, Chassis chassis) throws IOException, InterruptedException {
        return start(initialWatts, chassis, java.util.Map.of());
    }

    /**
     * With more watts sensors beside {@link #SENSOR_NAME}, e.g. a total ("Pwr Consumption") and per-supply inputs
     * ("PS2 Input Power") as real BMCs list them; each reads {@code extraWatts}' value until
     * {@link #setSensorWatts} changes it. Iteration order gives the sensor numbers (2, 3, ...).
     */
    public static IpmiSimServer start(int initialWatts, Chassis chassis, java.util.Map<String, Integer> extraWatts)
            throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("ipmisim-");
        Path state = Files.createDirectories(dir.resolve("state"));
        Path power = dir.resolve("power");
        Files.writeString(power, initialWatts + "\n");
        int port = FreePorts.udp();
        Path control = chassisControl(dir, chassis);
        Files.writeString(dir.resolve("lan.conf"), lanConf(port, control));
        List<String> extras = new ArrayList<>(extraWatts.keySet());
        for (int i = 0; i < extras.size(); i++) {
            checkWatts(extraWatts.get(extras.get(i)));
            Files.writeString(dir.resolve("sensor-" + (i + 2)), extraWatts.get(extras.get(i)) + "\n");
        }
        Files.writeString(dir.resolve("bmc.emu"), emu(power, dir, extras));
        ProcessBuilder pb = new ProcessBuilder("ipmi_sim", "-c", dir.resolve("lan.conf").toString(),
                "-f", dir.resolve("bmc.emu").toString(), "-s", state.toString(), "-n");
        pb.redirectErrorStream(true).redirectOutput(dir.resolve("ipmi_sim.log").toFile());
        IpmiSimServer server = new IpmiSimServer(dir, port, pb.start(), List.copyOf(extras));
        server.awaitReady(Duration.ofSeconds(10));
        return server;
    }

    public int port() {
        return port;
    }

    public String host() {
        return "127.0.0.1";
    }

    /** Changes what the power sensor reads; the simulator polls the file once a second. */
    public void setPowerWatts(int watts) throws IOException {
        write("power", watts);
    }

    /** Changes what one of the extra sensors reads (see {@link #start(int, Chassis, java.util.Map)}). */
    public void setSensorWatts(String sensor, int watts) throws IOException {
        int i = extraSensors.indexOf(sensor);
        if (i < 0) {
            throw new IllegalArgumentException("no extra sensor " + sensor + "; there are " + extraSensors);
        }
        write("sensor-" + (i + 2), watts);
    }

    private void write(String file, int watts) throws IOException {
        checkWatts(watts);
        Path tmp = dir.resolve(file + ".tmp");
        Files.writeString(tmp, watts + "\n");
        Files.move(tmp, dir.resolve(file), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static void checkWatts(int watts) {
        if (watts < 0 || watts > 510) {
            throw new IllegalArgumentException("the sensor's 8-bit raw value x2 covers 0..510 W, got " + watts);
        }
    }

    /** The simulated host: a shell script keeping its power state (and a pending soft shutdown) in files. */
    private static Path chassisControl(Path dir, Chassis chassis) throws IOException {
        Path script = dir.resolve("chassis-control.sh");
        Files.writeString(dir.resolve("chassis-power"), (chassis.on() ? "1" : "0") + "\n");
        String d = dir.toAbsolutePath().toString();
        Files.writeString(script, String.join("\n", "#!/bin/sh",
                "# called by ipmi_sim as: chassis-control.sh DEVICE get|set PARM [VALUE] ...",
                "d='" + d + "'", "now=$(date +%s%3N)", "shift", "op=$1", "shift",
                // A pending soft shutdown completes once its time has come.
                "if [ -f \"$d/shutdown-at\" ] && [ \"$now\" -ge \"$(cat \"$d/shutdown-at\")\" ]; then",
                "  echo 0 > \"$d/chassis-power\"; rm -f \"$d/shutdown-at\"", "fi",
                "if [ \"$op\" = get ]; then",
                "  for p in \"$@\"; do [ \"$p\" = power ] && echo \"power:$(cat \"$d/chassis-power\")\"; done",
                "  exit 0", "fi",
                "while [ $# -ge 2 ]; do",
                "  case $1 in",
                "    power) echo \"$2\" > \"$d/chassis-power\"; rm -f \"$d/shutdown-at\" ;;",
                "    shutdown) " + (chassis.honoursSoftShutdown()
                        ? "[ \"$2\" = 1 ] && [ ! -f \"$d/shutdown-at\" ] && echo $((now + "
                                + chassis.shutdownDelay().toMillis() + ")) > \"$d/shutdown-at\" ;;"
                        : ": ;;"),
                "  esac", "  shift 2", "done", ""));
        if (!script.toFile().setExecutable(true, true)) {
            throw new IOException("cannot make " + script + " executable");
        }
        return script;
    }

    private static String lanConf(int port, Path chassisControl) {
        String auths = " none md2 md5 straight";
        return String.join("\n", "name \"capbmc\"", "set_working_mc 0x20", "startlan 1",
                "  addr 127.0.0.1 " + port, "  priv_limit admin",
                "  allowed_auths_callback" + auths, "  allowed_auths_user" + auths,
                "  allowed_auths_operator" + auths, "  allowed_auths_admin" + auths,
                "  guid a123456789abcdefa123456789abcdef", "endlan",
                "chassis_control \"" + chassisControl.toAbsolutePath() + " 0x20\"",
                "user 2 true \"" + USER + "\" \"" + PASSWORD + "\" admin 10" + auths, "");
    }

    private static String emu(Path power, Path dir, List<String> extras) {
        // div=2 because the SDR's M factor is 2: the file holds watts, the raw byte holds watts / 2.
        List<String> lines = new ArrayList<>(List.of("mc_setbmc 0x20",
                "mc_add 0x20 0 no-device-sdrs 0x23 9 8 0x9f 0x1291 0xf02",
                "sel_enable 0x20 1000 0x0a"));
        List<String> names = new ArrayList<>(List.of(SENSOR_NAME));
        names.addAll(extras);
        for (int i = 0; i < names.size(); i++) {
            int n = i + 1;
            Path file = n == 1 ? power : dir.resolve("sensor-" + n);
            lines.add("sensor_add 0x20 0 " + n + " 0x08 0x01 poll 1000 file \"" + file + "\" div=2");
            lines.add("main_sdr_add 0x20 " + hex(powerSdr(n, names.get(i))));
            lines.add("sensor_set_event_support 0x20 0 " + n + " enable scanning per-state 000000000000000"
                    + " 000000000000000 000000000000000 000000000000000");
        }
        lines.add("mc_enable 0x20");
        lines.add("");
        return String.join("\n", lines);
    }

    /**
     * A type-01 Full Sensor Record (IPMI 2.0 section 43.1): threshold sensor of type Power Supply, unsigned
     * 8-bit analog reading, base unit 6 (watts), linear with M=2, B=0, exponents 0.
     */
    static int[] powerSdr(int sensorNumber, String name) {
        List<Integer> r = new ArrayList<>(List.of(
                0x00, 0x00, 0x51, 0x01, 0x00, // record id (assigned by the MC), version, type, length (below)
                0x20, 0x00, sensorNumber, // owner: BMC at 0x20, LUN 0
                0x0a, 0x01, // entity: power supply, instance 1
                0x7f, 0x00, // initialisation: scanning + events enabled; no threshold access
                0x08, 0x01, // sensor type power supply, event/reading type threshold
                0, 0, 0, 0, 0, 0, // event and threshold masks: none
                0x00, 0x06, 0x00, 0x00, // units: unsigned, watts, no modifier, linear
                2, 0, 0, 0, 0, 0x00, // M=2, tolerance, B=0, accuracy, direction, R and B exponents 0
                0x00, 150, 200, 0, 255, 0, // analog flags, nominal, normal max/min, sensor max/min
                0, 0, 0, 0, 0, 0, 0, 0, // thresholds and hysteresis
                0, 0, 0)); // reserved x2, OEM
        byte[] id = name.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        r.add(0xc0 | id.length);
        for (byte b : id) {
            r.add((int) b);
        }
        r.set(4, r.size() - 5);
        return r.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String hex(int[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (int b : bytes) {
            sb.append(sb.length() == 0 ? "" : " ").append(String.format("0x%02x", b));
        }
        return sb.toString();
    }

    // ipmi_sim prints nothing when ready; a session-less "Get Channel Auth Capabilities" is the cheapest probe,
    // and ipmitool's exit status says whether the BMC answered.
    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        Daemons.awaitReady(process, "ipmi_sim", timeout, Duration.ofMillis(100), this::answers, this::log);
    }

    private boolean answers() throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("ipmitool", "-I", "lanplus", "-C", Integer.toString(CIPHER_SUITE),
                "-H", host(), "-p", Integer.toString(port), "-U", USER, "-E", "-N", "1", "-R", "1", "mc", "info");
        pb.environment().put("IPMI_PASSWORD", PASSWORD);
        Process probe = pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        probe.getOutputStream().close();
        if (probe.waitFor(5, TimeUnit.SECONDS)) {
            return probe.exitValue() == 0;
        }
        probe.destroyForcibly();
        return false;
    }

    /**
     * The chassis power state as {@code ipmitool chassis power status} reads it from the simulator: "on" or "off",
     * an independent read-back for tests of power control.
     */
    public String chassisPower() throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("ipmitool", "-I", "lanplus", "-C", Integer.toString(CIPHER_SUITE),
                "-H", host(), "-p", Integer.toString(port), "-U", USER, "-E", "-N", "2", "-R", "1", "chassis", "power",
                "status");
        pb.environment().put("IPMI_PASSWORD", PASSWORD);
        Process p = pb.redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
        if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0 || !out.startsWith("Chassis Power is ")) {
            throw new IOException("ipmitool chassis power status: " + out);
        }
        return out.substring("Chassis Power is ".length());
    }

    private String log() {
        return Daemons.logTail(dir.resolve("ipmi_sim.log"), 30);
    }

    @Override
    public void close() {
        Daemons.stop(process, Duration.ofSeconds(5));
        TempDirs.deleteRecursively(dir);
    }
}
