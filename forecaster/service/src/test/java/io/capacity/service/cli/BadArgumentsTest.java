package io.capacity.service.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command with bad arguments: exactly one line on stderr (the command's own writer and the process's, where
 * log lines go), no Java class, exception, method or enum-constant name, exit 2 for a wrong command line and 1 for
 * a failure, and no output file (nor a temporary one) left behind.
 *
 * <p>In the arguments, {@code {dir}} is a fresh directory, {@code {out}} an output file in it (which must not exist
 * afterwards), {@code {m4}} a valid M4 file of one 240-value hourly series, {@code {short}} one of 10 values,
 * {@code {busy}} a loopback port another socket listens on, {@code {root}} the repository.
 */
class BadArgumentsTest {
    private static final Path ROOT = Path.of("..", "..").toAbsolutePath().normalize();
    private static final String INVENTORY = "{root}/docs/examples/inventory.yaml";
    private static final String DEMAND = "{root}/docs/examples/demand-c1.csv";

    /** Words in capitals that users do see: parameter labels, units, the debug variable. */
    private static final Set<String> CAPS_ALLOWED = Set.of("FILE", "DIR", "NAME", "URL", "UTC", "ISO", "CSV", "JSON",
            "SELECTION", "DURATION", "INSTANT", "ZONE", "CAPACITY_DEBUG", "IDS", "MODEL", "PCT", "CPU", "EUR", "PUE",
            "PRICE", "CODE", "REGEX", "DNS", "PT5M", "IANA", "CAPACITY_TOKENS", "SECRET");
    private static final List<Pattern> JAVA_NAMES = List.of(
            Pattern.compile("\\b(java|javax|jdk|sun|org|com|io\\.capacity|picocli)\\.\\w"),
            Pattern.compile("[A-Z]\\w*(Exception|Error)\\b"),
            Pattern.compile("\\w+\\.\\w+\\("),
            Pattern.compile("\\bat [\\w.$]+\\("),
            Pattern.compile("\\b[a-z]+[A-Z]\\w*\\b"),
            Pattern.compile("\\bclass \\w"),
            Pattern.compile("\\b(null|Index \\d+)\\b"));
    private static final Pattern CAPS = Pattern.compile("\\b[A-Z][A-Z0-9]{2,}(?:_[A-Z0-9]+)*\\b");

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        return Stream.of(
                // serve: checked before the store, the agent or Spring start
                row(2, "serve", "--port", "99999"),
                row(2, "serve", "--port", "-1", "--no-collect"),
                row(2, "serve", "--port", "http"),
                row(2, "serve", "--port", "0", "--bind", "999.1.1.1"),
                row(2, "serve", "--port", "0", "--bind", "192.0.2.1"),
                row(1, "serve", "--port", "{busy}", "--no-collect"),
                row(1, "serve", "--port", "0", "--collect-config", "{dir}/missing.yaml"),
                row(2, "serve", "--config", "missing.yaml"),
                row(2, "serve", "--port", "0", "--bind", "0.0.0.0", "--no-collect"),
                row(2, "serve", "--port", "0", "--reads-need-token", "--no-collect"),
                row(1, "serve", "--port", "0", "--no-collect", "--tokens-file", "{dir}/missing-tokens"),
                row(2, "serve", "--port", "0", "--no-collect", "--capacity-critical-days", "20",
                        "--capacity-warning-days", "10"),
                row(2, "serve", "--port", "0", "--no-collect", "--capacity-critical-days", "-1"),
                row(2, "serve", "--port", "0", "--no-collect", "--capacity-warning-days", "soon"),
                row(2, "serve", "--port", "0", "--no-collect", "--capacity-horizon", "100d"),
                row(2, "serve", "--port", "0", "--no-collect", "--capacity-horizon", "a fortnight"),
                // series
                row(2, "series", ",,,"),
                row(2, "series", "cpu,host"),
                row(2, "series", "--frobnicate"),
                row(1, "series", "--influx-url", "ftp://example"),
                // import, export: the command line's generic parts
                row(1, "import", "{dir}/missing.csv"),
                row(2, "import", "--batch-size", "many", "{m4}"),
                row(2, "export", ",,,", "-o", "{out}"),
                // collect
                row(1, "collect", "--config", "{dir}/missing.yaml"),
                row(1, "collect", "--config", "{dir}"),
                // forecast
                row(2, "forecast", "--input", "{m4}", "--format", "m4", "--horizon", "24", "--levels", "120", "-o",
                        "{out}"),
                row(2, "forecast", "--input", "{m4}", "--format", "m4", "--horizon", "24", "--levels", "80,x", "-o",
                        "{out}"),
                row(2, "forecast", "--input", "{m4}", "--format", "m4", "--horizon", "abc", "-o", "{out}"),
                row(2, "forecast", "--input", "{m4}", "--format", "m4", "--horizon", "0", "-o", "{out}"),
                row(2, "forecast", "--input", "{m4}", "--format", "m4", "--horizon", "24", "--season", "0", "-o",
                        "{out}"),
                row(2, "forecast", "--input", "{m4}", "--format", "m4", "--horizon", "24", "--threads", "0", "-o",
                        "{out}"),
                row(2, "forecast", "--input", "{m4}", "--format", "m4", "--horizon", "24", "--model", "bogus", "-o",
                        "{out}"),
                row(2, "forecast", "--input", "{m4}", "--format", "xml", "--horizon", "24", "-o", "{out}"),
                row(2, "forecast", "--input", "{m4}", "--format", "m4", "--horizon", "24", "--step", "5x", "-o",
                        "{out}"),
                row(2, "forecast", "--input", "{m4}", "--format", "m4", "--horizon", "24", "--ensemble", "best",
                        "-o", "{out}"),
                row(2, "forecast", "--input", "{m4}", "--format", "m4", "--horizon", "24", "--bounds", "100:0", "-o",
                        "{out}"),
                row(2, "forecast", "--input", "{m4}", "--format", "m4", "--horizon", "24", "--bounds", "0-100", "-o",
                        "{out}"),
                row(2, "forecast", "--input", "{m4}", "--format", "m4", "--horizon", "24", "--cap", "0", "-o",
                        "{out}"),
                row(2, "forecast", "--horizon", "24", "-o", "{out}"),
                row(2, "forecast", "--from-store", ",,,", "--horizon", "24", "-o", "{out}"),
                row(2, "forecast", "--input", "{m4}", "--format", "m4", "--horizon", "24", "-o",
                        "{dir}/no/such/dir/fc.csv"),
                row(2, "forecast", "--input", "{m4}", "--format", "m4", "--horizon", "24", "-o", "{dir}"),
                row(1, "forecast", "--input", "{dir}/missing.csv", "--format", "m4", "--horizon", "24", "-o",
                        "{out}"),
                // backtest
                row(1, "backtest", "--input", "{short}", "--format", "m4", "--horizon", "24", "-o", "{out}"),
                row(1, "backtest", "--input", "{m4}", "--format", "m4", "--horizon", "24", "--season", "300", "-o",
                        "{out}"),
                row(2, "backtest", "--input", "{m4}", "--format", "m4", "--horizon", "24", "--windows", "0", "-o",
                        "{out}"),
                row(2, "backtest", "--input", "{m4}", "--format", "m4", "--horizon", "24", "--period", "0", "-o",
                        "{out}"),
                row(2, "backtest", "--input", "{m4}", "--format", "m4", "--horizon", "24", "--initial", "-3", "-o",
                        "{out}"),
                row(2, "backtest", "--input", "{m4}", "--format", "m4", "--horizon", "1d"),
                // plan, simulate: their generic parts (files, output directory, numbers)
                row(1, "plan", "--inventory", "{dir}/missing.yaml", "--demand", DEMAND, "-o", "{out}"),
                row(2, "plan", "--inventory", INVENTORY, "--demand", DEMAND, "-o", "{dir}/no/such/dir/p.json"),
                row(2, "plan", "--inventory", INVENTORY, "--demand", DEMAND, "--horizon", "soon", "-o", "{out}"),
                row(2, "plan", "--inventory", INVENTORY, "--demand", DEMAND, "--redundancy", "two", "-o", "{out}"),
                row(1, "simulate", "--trace", "{dir}/missing.csv", "--column", "cpu", "-o", "{out}"),
                row(2, "simulate", "--trace", "{m4}", "--column", "cpu", "--hosts", "lots", "-o", "{out}"),
                row(2, "simulate", "--trace", "{m4}", "--column", "cpu", "-o", "{dir}/no/such/dir/s.json"),
                // plan, simulate, import, export: their own values
                row(2, "simulate", "--trace", "{m4}", "--column", "cpu", "--unit", "bogus", "-o", "{out}"),
                row(2, "plan", "--inventory", INVENTORY, "--demand", DEMAND, "--quantile", "150", "-o", "{out}"),
                row(2, "import", "--zone", "Mars/Olympus", "{m4}"),
                row(2, "export", "--from", "yesterday", "-o", "{out}"),
                // the command itself
                row(2, "frobnicate"),
                row(2));
    }

    @ParameterizedTest(name = "[{index}] exit {0}: {1}")
    @MethodSource("cases")
    void oneLineNoJavaNamesNoFileLeft(int exit, String line, List<String> args) throws Exception {
        check(exit, args);
    }

    private void check(int exit, List<String> template) throws Exception {
        Path data = dir.resolve("data");
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Path m4 = m4(inputs.resolve("m4.csv"), 240);
        Path shortFile = m4(inputs.resolve("short.csv"), 10);
        Path out = dir.resolve("out.csv");
        try (ServerSocket busy = new ServerSocket()) {
            busy.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            List<String> args = new ArrayList<>();
            for (String a : template) {
                args.add(a.replace("{dir}", dir.toString()).replace("{out}", out.toString())
                        .replace("{m4}", m4.toString()).replace("{short}", shortFile.toString())
                        .replace("{root}", ROOT.toString()).replace("{busy}", Integer.toString(busy.getLocalPort())));
                if (args.size() == 1 && !a.equals("frobnicate")) {
                    args.add("--data-dir=" + data);
                }
            }
            Set<String> before = files(dir);
            String[] argv = args.toArray(String[]::new);
            PrintStream saved = System.err;
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            CliRun run;
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            try {
                // A serve that wrongly starts would never return: fail instead of hanging the build.
                run = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> CliRun.of(argv));
            } finally {
                System.setErr(saved);
            }
            String err = (run.err() + log.toString(StandardCharsets.UTF_8)).strip();
            String what = String.join(" ", args) + "\nstderr:\n" + err + "\nstdout:\n" + run.out();
            assertEquals(1, err.lines().count(), "exactly one line on stderr: " + what);
            assertEquals(exit, run.exitCode(), "exit code: " + what);
            for (Pattern p : JAVA_NAMES) {
                Matcher m = p.matcher(err);
                assertFalse(m.find(), "a Java name (" + (m.find(0) ? m.group() : "") + "): " + what);
            }
            Matcher caps = CAPS.matcher(err);
            while (caps.find()) {
                assertFalse(!CAPS_ALLOWED.contains(caps.group()), "an enum constant? " + caps.group() + ": " + what);
            }
            assertFalse(Files.exists(out), "output left behind: " + what);
            assertEquals(before, files(dir), "files left behind: " + what);
        }
    }

    private static Arguments row(int exit, String... args) {
        return Arguments.of(exit, String.join(" ", args), List.of(args));
    }

    private static Path m4(Path file, int n) throws IOException {
        StringBuilder sb = new StringBuilder("\"V1\",\"V2\"\n\"S1\"");
        for (int i = 0; i < n; i++) {
            sb.append(",\"").append(10 + i % 24).append('"');
        }
        return Files.writeString(file, sb.append('\n').toString());
    }

    /** Every file under {@code root} but the store's own directory. */
    private static Set<String> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> !p.startsWith(root.resolve("data"))).map(p -> root.relativize(p).toString())
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }
}
