package io.capacity.service.cli;

import io.capacity.service.CapacityApplication;
import io.capacity.store.MetricStore;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./capacity serve}: the REST service on the configured store until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the service (REST API, health, metrics) on the embedded store or InfluxDB.")
public final class ServeCommand implements java.util.concurrent.Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--port", defaultValue = "${env:CAPACITY_PORT:-8080}",
            description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", defaultValue = "${env:CAPACITY_BIND:-127.0.0.1}",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for all interfaces).")
    String bind;

    @Override
    public Integer call() throws InterruptedException {
        MetricStore opened = store.open();
        ConfigurableApplicationContext ctx;
        try {
            ctx = CapacityApplication.start(opened, "--capacity.port=" + port, "--capacity.bind=" + bind);
        } catch (RuntimeException e) {
            // Spring has already printed its failure analysis (e.g. port in use); the store must not stay locked.
            opened.close();
            throw new IllegalStateException("the service did not start: " + rootMessage(e), e);
        }
        CountDownLatch closed = new CountDownLatch(1);
        ctx.addApplicationListener(e -> {
            if (e instanceof ContextClosedEvent) {
                opened.close();
                closed.countDown();
            }
        });
        String actualPort = ctx.getEnvironment().getProperty("local.server.port", String.valueOf(port));
        PrintWriter out = spec.commandLine().getOut();
        out.println("capacity serve: listening on http://" + bind + ":" + actualPort + " (store: "
                + opened.health().kind() + " " + opened.health().location() + ")");
        out.flush();
        closed.await();
        return 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
