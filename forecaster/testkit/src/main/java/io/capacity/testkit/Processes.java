package io.capacity.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a program to completion for a test, with a deadline, keeping what it printed. */
public final class Processes {
    /** How a run ended: its exit code and what it wrote to stdout and stderr. */
    public record Result(int exit, String stdout, String stderr) {
        /** This result, or an {@link AssertionError} with the output when the exit code is not 0. */
        public Result ok(List<String> command) {
            if (exit != 0) {
                throw new AssertionError(command + " exited " + exit + ":\n" + stderr + stdout);
            }
            return this;
        }
    }

    private Processes() {
    }

    /**
     * Runs {@code command} in {@code dir}, its output kept in files there; killed (with its children) at the
     * deadline, which fails the test.
     */
    public static Result run(List<String> command, Path dir, Duration timeout) {
        try {
            Files.createDirectories(dir);
            Path out = Files.createTempFile(dir, "out", ".txt");
            Path err = Files.createTempFile(dir, "err", ".txt");
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectInput(ProcessBuilder.Redirect.from(
                    new java.io.File("/dev/null"))).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly().waitFor();
                throw new AssertionError(command.get(0) + " did not end within " + timeout);
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted running " + command, e);
        }
    }

    /** The program's path, or a failure saying which Debian package brings it. */
    public static Path require(String program, String debianPackage) {
        return Executables.find(program).orElseThrow(() -> new AssertionError(program + " is not installed: "
                + "apt-get install -y " + debianPackage + " (./test installs it)"));
    }
}
