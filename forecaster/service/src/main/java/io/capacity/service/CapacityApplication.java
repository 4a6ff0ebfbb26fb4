package io.capacity.service;

import io.capacity.collectors.metrics.AgentMetrics;
import io.capacity.service.metrics.AgentMeters;
import io.capacity.store.MetricStore;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Spring Boot service behind {@code ./capacity serve}.
 *
 * <p>The store is opened by the command before Spring starts and handed in as a bean: a bad or unreachable store
 * then fails with one clear line from the CLI instead of a context-refresh stack trace.
 */
@SpringBootApplication
public class CapacityApplication {

    public static ConfigurableApplicationContext start(MetricStore store, String... args) {
        return start(store, null, args);
    }

    /** Also shows the running agent's counters (when {@code agent} is not null) on {@code /actuator/prometheus}. */
    public static ConfigurableApplicationContext start(MetricStore store, AgentMetrics agent, String... args) {
        SpringApplication app = new SpringApplication(CapacityApplication.class);
        app.setMainApplicationClass(CapacityApplication.class);
        app.addInitializers(ctx -> {
            ctx.getBeanFactory().registerSingleton("metricStore", store);
            if (agent != null) {
                ctx.getBeanFactory().registerSingleton("agentMeters", new AgentMeters(agent));
            }
        });
        return app.run(args);
    }
}
