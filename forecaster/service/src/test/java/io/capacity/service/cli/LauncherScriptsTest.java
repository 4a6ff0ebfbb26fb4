package io.capacity.service.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two commands of the README do all the set-up: {@code ./test} and {@code ./capacity} install what they need
 * through scripts/lib/packages.sh (as root) or say in one line what to install, and CI runs exactly {@code ./test}.
 */
class LauncherScriptsTest {
    private static final Path ROOT = Path.of("..", "..").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void theReadmeTestCommandIsTheScriptCiRuns() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        assertTrue(readme.contains("\n./test "), "the README's second command is ./test:\n" + readme.substring(0, 400));
        List<String> ci = Files.readAllLines(ROOT.resolve(".ci/run")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("set ") && !l.startsWith("cd "))
                .toList();
        assertEquals(List.of("exec ./test"), ci);
        assertTrue(Files.isExecutable(ROOT.resolve("test")) && Files.isExecutable(ROOT.resolve("capacity")));
        for (String script : List.of("test", "capacity")) {
            assertTrue(Files.readString(ROOT.resolve(script)).contains("ensure_packages"), script);
        }
    }

    @Test
    void nothingIsPrintedWhenEverythingIsPresent() throws Exception {
        Run r = bash("ensure_packages test bash:bash java:openjdk-17-jdk", null);
        assertEquals(0, r.code, r.output);
        assertEquals("", r.output);
    }

    @Test
    void aMissingCommandIsOneLineSayingWhatToInstallWhenNotRoot() throws Exception {
        Run r = bash("ensure_packages capacity no-such-command-here:no-such-package bash:bash", null);
        assertEquals(1, r.code, r.output);
        assertEquals("capacity: missing no-such-package; install with: sudo apt-get install -y no-such-package "
                + "(Debian/Ubuntu), then rerun", r.output.strip());
    }

    @Test
    void aJavaOlderThan17CountsAsMissing() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path java = Files.writeString(bin.resolve("java"), "#!/bin/sh\necho 'openjdk version \"11.0.2\" 2019-01-15' >&2\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        dir.toFile().setExecutable(true, false);
        Run r = bash("ensure_packages capacity java:openjdk-17-jdk", bin);
        assertEquals(1, r.code, r.output);
        assertTrue(r.output.contains("missing openjdk-17-jdk"), r.output);
    }

    private record Run(int code, String output) {
    }

    /** Runs {@code command} after sourcing packages.sh, as an unprivileged user (so nothing is installed). */
    private Run bash(String command, Path pathFirst) throws Exception {
        String script = (pathFirst == null ? "" : "PATH=" + pathFirst + ":$PATH; ") + ". "
                + ROOT.resolve("scripts/lib/packages.sh") + "; " + command;
        List<String> cmd = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            cmd.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
        }
        cmd.addAll(List.of("bash", "-c", script));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).directory(ROOT.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "ensure_packages did not finish");
        return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
