package io.capacity.service;

import io.capacity.app.actions.PlanBook;
import io.capacity.collectors.metrics.AgentMetrics;
import io.capacity.service.metrics.AgentMeters;
import io.capacity.store.MetricStore;
import io.micrometer.core.instrument.MeterRegistry;
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

    /**
     * With the plan book the plans API serves ({@code /api/v1/plans}); without one (null) that API answers 503. The
     * caller keeps and closes the book.
     */
    public static ConfigurableApplicationContext start(MetricStore store, PlanBook plans, String... args) {
        SpringApplication app = new SpringApplication(CapacityApplication.class);
        app.setMainApplicationClass(CapacityApplication.class);
        app.addInitializers(ctx -> {
            ctx.getBeanFactory().registerSingleton("metricStore", store);
            if (plans != null) {
                ctx.getBeanFactory().registerSingleton("planBook", plans);
            }
        });
        return app.run(args);
    }

    /** Shows a started agent's counters on {@code /actuator/prometheus} of a running context. */
    public static void showAgent(ConfigurableApplicationContext ctx, AgentMetrics agent) {
        new AgentMeters(agent).bindTo(ctx.getBean(MeterRegistry.class));
    }
}
