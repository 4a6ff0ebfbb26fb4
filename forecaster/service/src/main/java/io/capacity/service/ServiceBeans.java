package io.capacity.service;

import io.capacity.app.actions.PlanBook;
import io.capacity.app.demo.DemoStart;
import io.capacity.service.pipeline.PipelineStatus;
import java.util.Objects;

/**
 * Objects {@code serve} makes before Spring starts and hands in as beans: the simulated fleet of {@code --demo}
 * (null: none), the plan book the plans API serves (null: that API answers 503) and the pipeline's status that
 * {@code /actuator/info} shows. The caller keeps and closes them.
 */
public record ServiceBeans(DemoStart demo, PlanBook plans, PipelineStatus pipeline) {
    public static final ServiceBeans NONE = new ServiceBeans(null, null, new PipelineStatus(null));

    public ServiceBeans {
        Objects.requireNonNull(pipeline, "pipeline");
    }
}
