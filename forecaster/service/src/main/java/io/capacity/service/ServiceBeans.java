package io.capacity.service;

import io.capacity.app.actions.PlanBook;
import io.capacity.app.demo.DemoStart;

/**
 * Objects {@code serve} makes before Spring starts and hands in as beans: the simulated fleet of {@code --demo}
 * (null: none) and the plan book the plans API serves (null: that API answers 503). The caller keeps and closes them.
 */
public record ServiceBeans(DemoStart demo, PlanBook plans) {
    public static final ServiceBeans NONE = new ServiceBeans(null, null);
}
