package io.capacity.collectors.power.ipmi;

import io.capacity.collectors.source.CollectorException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs ipmitool against one target with a hard wall-time limit. Public for the BMC power control
 * ({@code io.capacity.collectors.power.control}), which runs its chassis commands the same way.
 */
public final class Ipmitool {
    private final IpmiTarget target;

    public Ipmitool(IpmiTarget target) {
        this.target = target;
    }

    /** Exit status and combined output of one run. */
    public record Result(int exit, String output) {
        public boolean ok() {
            return exit == 0;
        }
    }

    public Result run(String... command) throws CollectorException {
        List<String> cmd = new ArrayList<>(List.of(target.ipmitool(), "-I", "lanplus", "-H", target.host(),
                "-p", Integer.toString(target.port())));
        if (target.username() != null) {
            cmd.addAll(List.of("-U", target.username()));
        }
        if (target.privilege() != null) {
            cmd.addAll(List.of("-L", target.privilege()));
        }
        if (target.cipherSuite() != null) {
            cmd.addAll(List.of("-C", target.cipherSuite().toString()));
        }
        // ipmitool's own per-message timeout and one retry, so that it gives up inside our wall-time limit.
        long perTry = Math.max(1, target.timeout().toSeconds() / 3);
        cmd.addAll(List.of("-E", "-N", Long.toString(perTry), "-R", "1"));
        cmd.addAll(List.of(command));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("IPMI_PASSWORD", target.password() == null ? "" : target.password());
        Process p;
        try {
            p = pb.start();
            p.getOutputStream().close();
        } catch (IOException e) {
            throw new CollectorException(target.name() + ": cannot run " + target.ipmitool() + ": " + e.getMessage(), e);
        }
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> {
            try {
                return p.getInputStream().readAllBytes();
            } catch (IOException e) {
                return new byte[0];
            }
        });
        try {
            if (!p.waitFor(target.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new CollectorException(target.name() + ": ipmitool " + String.join(" ", command)
                        + " timed out after " + target.timeout().toMillis() + " ms");
            }
            return new Result(p.exitValue(), new String(out.get(5, TimeUnit.SECONDS), StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new CollectorException(target.name() + ": interrupted", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new CollectorException(target.name() + ": cannot read ipmitool output", e);
        }
    }
}
