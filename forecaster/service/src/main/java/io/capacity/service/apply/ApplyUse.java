package io.capacity.service.apply;

import io.capacity.app.StoreAccess;
import io.capacity.app.actions.PlanBook;
import io.capacity.app.actions.apply.ApplyPlan;
import io.capacity.app.actions.apply.ApplySettings;
import io.capacity.collectors.agent.AgentConfigLoader;
import io.capacity.collectors.power.control.Bmcs;
import io.capacity.store.MetricStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The service's one {@link ApplyPlan}, made on first use: the plan book, the BMCs of the collectors' config
 * ({@code capacity.apply.bmc-config}), the capacity check on {@code capacity.inventory}. The apply endpoint and the
 * executor both use it, so their real runs never overlap.
 */
@Component
public class ApplyUse {
    private static final Logger LOG = LoggerFactory.getLogger(ApplyUse.class);

    private final ObjectProvider<PlanBook> books;
    private final MetricStore store;
    private final String inventory;
    private final String bmcConfig;
    private final String bufferDir;
    private final ApplySettings settings;
    private ApplyPlan apply;

    public ApplyUse(ObjectProvider<PlanBook> books, MetricStore store,
                    @Value("${capacity.inventory:}") String inventory,
                    @Value("${capacity.apply.bmc-config:}") String bmcConfig,
                    @Value("${capacity.apply.buffer-dir:buffer}") String bufferDir,
                    @Value("${capacity.apply.execute:false}") boolean execute,
                    @Value("${capacity.apply.timeout:}") String timeout) {
        this.books = books;
        this.store = store;
        this.inventory = inventory;
        this.bmcConfig = bmcConfig;
        this.bufferDir = bufferDir;
        ApplySettings d = ApplySettings.DEFAULTS.withExecute(execute);
        this.settings = timeout.isBlank() ? d : d.withTimeout(Duration.parse(timeout), d.poll());
    }

    public ApplySettings settings() {
        return settings;
    }

    /** The plan book, when this service keeps one. */
    public Optional<PlanBook> book() {
        return Optional.ofNullable(books.getIfAvailable());
    }

    /** The use case; empty when the service keeps no plan book. */
    public synchronized Optional<ApplyPlan> get() {
        if (apply == null) {
            PlanBook book = books.getIfAvailable();
            if (book == null) {
                return Optional.empty();
            }
            apply = ApplyPlan.of(book, bmcs(), StoreAccess.shared(store), inventory.isBlank() ? null
                    : Path.of(inventory), settings, Clock.systemUTC());
        }
        return Optional.of(apply);
    }

    private Bmcs bmcs() {
        if (bmcConfig.isBlank()) {
            LOG.info("apply: no BMC targets, so every power action fails naming its host; give the Redfish and IPMI "
                    + "targets with --collect-config FILE");
            return Bmcs.NONE;
        }
        try {
            return AgentConfigLoader.load(Path.of(bmcConfig), Path.of(bufferDir)).bmcs();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the BMC targets from " + bmcConfig + ": " + e.getMessage(), e);
        }
    }
}
