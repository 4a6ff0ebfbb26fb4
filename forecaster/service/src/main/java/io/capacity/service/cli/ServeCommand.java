package io.capacity.service.cli;

import io.capacity.service.CapacityApplication;
import io.capacity.store.MetricStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./capacity serve}: the REST service on the configured store until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the service (REST API, health, metrics) on the embedded store or InfluxDB.")
public final class ServeCommand implements java.util.concurrent.Callable<Integer> {
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
        List<String> args = new ArrayList<>(List.of("--capacity.port=" + port, "--capacity.bind=" + bind));
        var ctx = CapacityApplication.start(opened, args.toArray(String[]::new));
        String actualPort = ctx.getEnvironment().getProperty("local.server.port", String.valueOf(port));
        System.out.println("capacity serve: listening on http://" + bind + ":" + actualPort + " (store: "
                + opened.health().kind() + " " + opened.health().location() + ")");
        CountDownLatch closed = new CountDownLatch(1);
        ctx.addApplicationListener(e -> {
            if (e instanceof org.springframework.context.event.ContextClosedEvent) {
                closed.countDown();
            }
        });
        closed.await();
        return 0;
    }
}
