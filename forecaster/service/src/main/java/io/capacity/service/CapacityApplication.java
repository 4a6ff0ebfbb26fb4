package io.capacity.service;

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
        return start(store, ServiceBeans.NONE, args);
    }

    /** With the objects {@code serve} made before Spring (the demo fleet, the plan book, the pipeline's status). */
    public static ConfigurableApplicationContext start(MetricStore store, ServiceBeans beans, String... args) {
        return start(store, beans, () -> { }, args);
    }

    /**
     * The same, running {@code loggingReady} once Spring has set up logging and before it builds the context, for
     * work to start alongside the rest of Spring's start (log lines written while logging is set up are lost).
     */
    public static ConfigurableApplicationContext start(MetricStore store, ServiceBeans beans, Runnable loggingReady,
                                                       String... args) {
        SpringApplication app = new SpringApplication(CapacityApplication.class);
        app.setMainApplicationClass(CapacityApplication.class);
        app.addInitializers(ctx -> {
            ctx.getBeanFactory().registerSingleton("metricStore", store);
            if (beans.demo() != null) {
                ctx.getBeanFactory().registerSingleton("demoFleet", beans.demo());
            }
            if (beans.plans() != null) {
                ctx.getBeanFactory().registerSingleton("planBook", beans.plans());
            }
            ctx.getBeanFactory().registerSingleton("pipelineStatus", beans.pipeline());
            loggingReady.run();
        });
        return app.run(args);
    }

    /** Shows a started agent's counters on {@code /actuator/prometheus} of a running context. */
    public static void showAgent(ConfigurableApplicationContext ctx, AgentMetrics agent) {
        new AgentMeters(agent).bindTo(ctx.getBean(MeterRegistry.class));
    }
}
