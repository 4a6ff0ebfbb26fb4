package io.capacity.schema;

import static io.capacity.schema.FieldDef.counter;
import static io.capacity.schema.FieldDef.flag;
import static io.capacity.schema.FieldDef.gauge;
import static io.capacity.schema.FieldDef.intGauge;
import static io.capacity.schema.FieldDef.text;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one place that owns every InfluxDB measurement, tag and field name this project reads or writes.
 *
 * <p>Names follow Telegraf's input plugins ({@code cpu}, {@code mem}, {@code net}, {@code diskio}, {@code disk},
 * {@code system}, {@code ipmi_sensor}, {@code redfish_power_powercontrol}, and the {@code interface} table that
 * Telegraf's SNMP plugin produces from IF-MIB {@code ifXTable}), so a site that already runs Telegraf can point
 * the forecaster at its database unchanged. Collectors, stores, dashboards and their tests use these constants;
 * {@code docs/schema.md} documents the same table.
 */
public final class MetricSchema {
    private MetricSchema() {
    }

    // Inventory tags present on every point we write.
    public static final String TAG_SITE = "site";
    public static final String TAG_CLUSTER = "cluster";
    public static final String TAG_RACK = "rack";
    public static final String TAG_HOST = "host";
    /** Hardware model of the host; the planner's power model is keyed by it. */
    public static final String TAG_HW_MODEL = "hw_model";
    public static final List<String> INVENTORY_TAGS = List.of(TAG_SITE, TAG_CLUSTER, TAG_RACK, TAG_HOST, TAG_HW_MODEL);

    /**
     * Marks simulated points: {@code serve --demo} writes {@code origin=demo} on every point, so a query, dashboard
     * or report can always tell its data from a real fleet's ({@code source} is taken by Redfish power points).
     */
    public static final String TAG_ORIGIN = "origin";
    public static final String ORIGIN_DEMO = "demo";

    /** Telegraf's total-CPU tag value. */
    public static final String CPU_TOTAL = "cpu-total";

    public static final MeasurementDef CPU = new MeasurementDef("cpu", "CPU time share per state (Telegraf inputs.cpu)",
            List.of("cpu"),
            List.of(gauge("usage_user", "percent"), gauge("usage_system", "percent"), gauge("usage_idle", "percent"),
                    gauge("usage_nice", "percent"), gauge("usage_iowait", "percent"), gauge("usage_irq", "percent"),
                    gauge("usage_softirq", "percent"), gauge("usage_steal", "percent"),
                    gauge("usage_guest", "percent"), gauge("usage_guest_nice", "percent")));

    public static final MeasurementDef MEM = new MeasurementDef("mem", "Memory (Telegraf inputs.mem)", List.of(),
            List.of(intGauge("total", "bytes"), intGauge("available", "bytes"), intGauge("used", "bytes"),
                    intGauge("free", "bytes"), gauge("used_percent", "percent"),
                    gauge("available_percent", "percent")));

    public static final MeasurementDef NET = new MeasurementDef("net", "Per-interface counters (Telegraf inputs.net)",
            List.of("interface"),
            List.of(counter("bytes_sent", "bytes"), counter("bytes_recv", "bytes"),
                    counter("packets_sent", "packets"), counter("packets_recv", "packets"),
                    counter("err_in", "count"), counter("err_out", "count"), counter("drop_in", "count"),
                    counter("drop_out", "count"), intGauge("speed", "megabits per second")));

    public static final MeasurementDef DISKIO = new MeasurementDef("diskio",
            "Per-disk I/O counters (Telegraf inputs.diskio)", List.of("name"),
            List.of(counter("reads", "count"), counter("writes", "count"), counter("read_bytes", "bytes"),
                    counter("write_bytes", "bytes"), counter("read_time", "milliseconds"),
                    counter("write_time", "milliseconds"), counter("io_time", "milliseconds"),
                    intGauge("iops_in_progress", "count")));

    /** Space per mount as Telegraf's disk input writes it: {@code used_percent} is used / (used + free). */
    public static final MeasurementDef DISK = new MeasurementDef("disk", "Space per mount (Telegraf inputs.disk)",
            List.of("path", "device", "fstype", "mode"),
            List.of(intGauge("total", "bytes"), intGauge("free", "bytes"), intGauge("used", "bytes"),
                    gauge("used_percent", "percent"), intGauge("inodes_total", "count"),
                    intGauge("inodes_free", "count"), intGauge("inodes_used", "count")));

    public static final MeasurementDef SYSTEM = new MeasurementDef("system", "Load and uptime (Telegraf inputs.system)",
            List.of(),
            List.of(gauge("load1", "count"), gauge("load5", "count"), gauge("load15", "count"),
                    intGauge("n_cpus", "count"), intGauge("uptime", "seconds")));

    /**
     * IPMI sensors as Telegraf's ipmi_sensor writes them with {@code metric_version = 1} (its default): power
     * sensors carry {@code unit=watts}; DCMI readings (Telegraf's {@code dcmi_power_reading}) have no status.
     */
    public static final MeasurementDef IPMI_SENSOR = new MeasurementDef("ipmi_sensor",
            "IPMI sensor readings (Telegraf inputs.ipmi_sensor, metric_version 1)",
            List.of("name", "unit", "server"),
            List.of(gauge("value", "sensor unit"), intGauge("status", "flag")));

    /**
     * Chassis power as Telegraf's redfish input writes it: {@code source} is the computer system's HostName,
     * {@code name} and {@code member_id} the PowerControl's; {@link #REDFISH_TAG_CHASSIS_ID} is ours.
     */
    public static final MeasurementDef REDFISH_POWER = new MeasurementDef("redfish_power_powercontrol",
            "Chassis power from Redfish PowerControl / PowerSubsystem (Telegraf inputs.redfish)",
            List.of("address", "name", "member_id", "source", "chassis_id"),
            List.of(gauge("power_consumed_watts", "watts"), gauge("power_capacity_watts", "watts"),
                    gauge("power_allocated_watts", "watts"), gauge("power_requested_watts", "watts"),
                    gauge("average_consumed_watts", "watts"), gauge("max_consumed_watts", "watts"),
                    gauge("min_consumed_watts", "watts"), gauge("power_available_watts", "watts"),
                    intGauge("interval_in_min", "minutes")));
    /** The Redfish chassis {@code Id} a reading is from (Telegraf has no such tag; its source is the HostName). */
    public static final String REDFISH_TAG_CHASSIS_ID = "chassis_id";

    /**
     * Switch ports polled over SNMP, named as Telegraf's snmp plugin names IF-MIB's ifTable and ifXTable columns in
     * a table called "interface". The 32-bit {@code ifInOctets}/{@code ifOutOctets} (and {@code ifSpeed}) are written
     * only for ports without the 64-bit HC counters (or {@code ifHighSpeed}); the agent's address is tagged
     * {@code agent_host} or, configured as Telegraf's {@code agent_host_tag}, {@code source}.
     */
    public static final MeasurementDef INTERFACE = new MeasurementDef("interface",
            "Switch-port counters over SNMP IF-MIB (Telegraf inputs.snmp table \"interface\")",
            List.of("agent_host", "ifName", "ifIndex", "ifAlias", "ifDescr", "source"),
            List.of(counter("ifHCInOctets", "bytes"), counter("ifHCOutOctets", "bytes"),
                    intGauge("ifHighSpeed", "megabits per second"),
                    gauge("in_bytes_per_sec", "bytes per second"), gauge("out_bytes_per_sec", "bytes per second"),
                    counter("ifInOctets", "bytes"), counter("ifOutOctets", "bytes"),
                    intGauge("ifSpeed", "bits per second"), intGauge("ifOperStatus", "IF-MIB enum (1 up, 2 down)")));
    /** The agent's address tag: Telegraf's default, and the name its {@code agent_host_tag} recommends since 1.29. */
    public static final String IF_TAG_AGENT_HOST = "agent_host";
    public static final String IF_TAG_SOURCE = "source";
    public static final List<String> IF_AGENT_HOST_TAGS = List.of(IF_TAG_AGENT_HOST, IF_TAG_SOURCE);
    /**
     * Rates the SNMP collector derives itself between two polls (device uptime as the clock, counter wrap and
     * reboot handled), so forecasts need not difference raw counters that Telegraf-fed sites do not have.
     */
    public static final String IF_IN_RATE = "in_bytes_per_sec";
    public static final String IF_OUT_RATE = "out_bytes_per_sec";

    /** The collector agent's own health, one point per interval; tag {@code target} is "agent" for totals. */
    public static final MeasurementDef AGENT = new MeasurementDef("capacity_agent",
            "Collector agent self-metrics: points collected, written, buffered, dropped; errors per target",
            List.of("target"),
            List.of(counter("points_collected", "points"), counter("points_written", "points"),
                    intGauge("points_buffered", "points"), intGauge("buffer_bytes", "bytes"),
                    counter("points_dropped", "points"), counter("points_rejected", "points"),
                    counter("write_errors", "count"), counter("collect_errors", "count"),
                    gauge("last_collect_seconds", "seconds")));
    public static final String AGENT_TAG_TARGET = "target";
    public static final String AGENT_TARGET_TOTAL = "agent";

    /** Forecasts written back with future timestamps so Grafana can draw actual and forecast on one panel. */
    public static final MeasurementDef FORECAST = new MeasurementDef("capacity_forecast",
            "Forecasts: one point per future step; lower_L / upper_L for every level L computed",
            List.of("series", "model", "source_measurement", "source_field"),
            List.of(gauge("mean", "series unit"), gauge("lower_80", "series unit"), gauge("upper_80", "series unit"),
                    gauge("lower_95", "series unit"), gauge("upper_95", "series unit"),
                    intGauge("issued", "epoch seconds")));
    public static final String FORECAST_TAG_SERIES = "series";
    public static final String FORECAST_TAG_MODEL = "model";
    public static final String FORECAST_TAG_SOURCE_MEASUREMENT = "source_measurement";
    public static final String FORECAST_TAG_SOURCE_FIELD = "source_field";
    public static final String FORECAST_FIELD_MEAN = "mean";
    public static final String FORECAST_FIELD_ISSUED = "issued";

    /**
     * How well the previous pipeline run's forecasts matched what happened, one point per series and scoring run,
     * timestamped at the scoring run: over the forecast steps whose actuals have arrived since, MASE (mean absolute
     * error over the series' in-sample seasonal-naive MAE) and the share of actuals inside the 80 and 95 % bands;
     * the {@code _rolling} fields pool the last {@link #ACCURACY_ROLLING_RUNS} scored runs' steps.
     */
    public static final MeasurementDef FORECAST_ACCURACY = new MeasurementDef("capacity_forecast_accuracy",
            "Accuracy of the previous pipeline run's forecasts against the actuals that arrived since",
            List.of("series", "model", "source_measurement", "source_field"),
            List.of(gauge("mase", "ratio"), gauge("coverage_80", "ratio 0-1"), gauge("coverage_95", "ratio 0-1"),
                    intGauge("steps", "steps"), gauge("mase_rolling", "ratio"),
                    gauge("coverage_80_rolling", "ratio 0-1"), gauge("coverage_95_rolling", "ratio 0-1"),
                    intGauge("steps_rolling", "steps")));
    public static final String ACCURACY_FIELD_MASE = "mase";
    public static final String ACCURACY_FIELD_STEPS = "steps";
    public static final String ACCURACY_ROLLING_SUFFIX = "_rolling";
    /** Scored runs pooled in the rolling fields: a day of hourly runs. */
    public static final int ACCURACY_ROLLING_RUNS = 24;

    /**
     * Source measurement of a cluster's demand forecasts: not stored itself, it names the sum over a cluster's hosts
     * that the planner reads (cpu in cores, memory in GB, bandwidth in Mbps), as field {@code cpu}, {@code memory} or
     * {@code bandwidth} with tag {@code cluster}, so the pipeline's cluster forecasts in {@link #FORECAST} carry
     * {@code source_measurement=capacity_demand} and the cluster tag.
     */
    public static final String DEMAND = "capacity_demand";

    /**
     * What the plan the scheduled pipeline recorded for a cluster is worth, one point per cluster and run,
     * timestamped at the run: over the plan's horizon, against holding today's power state (every host on, for a
     * fleet with none off: always-on).
     */
    public static final MeasurementDef PLAN = new MeasurementDef("capacity_plan",
            "Efficacy of each plan the pipeline recorded (one point per cluster and run) against holding today's "
                    + "power state",
            List.of("cluster", "currency"),
            List.of(intGauge("plan_id", "id"), gauge("kwh_saved", "kWh per horizon"),
                    gauge("money_saved_per_week", "currency per week"),
                    gauge("money_saved_per_month", "currency per month"), intGauge("hosts_freed", "hosts"),
                    intGauge("actions", "actions"), intGauge("horizon_hours", "hours"), gauge("held_kwh", "kWh"),
                    gauge("plan_kwh", "kWh"), intGauge("transitions", "count"), intGauge("purchases", "count"),
                    intGauge("unmet_steps", "steps")));
    public static final String PLAN_FIELD_ID = "plan_id";
    public static final String PLAN_FIELD_KWH_SAVED = "kwh_saved";
    public static final String PLAN_FIELD_MONEY_WEEK = "money_saved_per_week";
    public static final String PLAN_FIELD_MONEY_MONTH = "money_saved_per_month";
    public static final String PLAN_FIELD_HOSTS_FREED = "hosts_freed";
    public static final String PLAN_FIELD_ACTIONS = "actions";
    public static final String PLAN_FIELD_HORIZON_HOURS = "horizon_hours";
    public static final String PLAN_TAG_CURRENCY = "currency";

    /**
     * Each cluster's capacity per dimension as the scheduled pipeline computed it from its demand forecasts, one point
     * per cluster, dimension and run, timestamped at the run (docs/schema.md, "Capacity headroom"). Figures are in the
     * {@code unit} tag's unit (cores, GB, Mbps, W); times remaining in days, the horizon's days when nothing crosses.
     */
    public static final MeasurementDef CAPACITY_HEADROOM = new MeasurementDef("capacity_headroom",
            "Capacity per cluster and dimension from the pipeline's demand forecasts (one point per cluster, "
                    + "dimension and run)",
            List.of("cluster", "dimension", "unit"),
            List.of(gauge("usage", "unit tag"), gauge("usable", "unit tag"), gauge("capacity", "unit tag"),
                    gauge("headroom", "unit tag"), gauge("headroom_ratio", "ratio of usable"),
                    gauge("days_conservative", "days"), gauge("days_aggressive", "days"),
                    gauge("horizon_days", "days"), flag("crosses", "true: the upper band crosses usable"),
                    gauge("recommended_size", "unit tag"), intGauge("recommended_hosts", "hosts"),
                    flag("most_constrained", "true: the cluster's most constrained dimension"),
                    text("criticality", "critical, warning or ok")));
    public static final String HEADROOM_TAG_DIMENSION = "dimension";
    public static final String HEADROOM_TAG_UNIT = "unit";
    public static final String HEADROOM_FIELD_USAGE = "usage";
    public static final String HEADROOM_FIELD_USABLE = "usable";
    public static final String HEADROOM_FIELD_CAPACITY = "capacity";
    public static final String HEADROOM_FIELD_HEADROOM = "headroom";
    public static final String HEADROOM_FIELD_RATIO = "headroom_ratio";
    public static final String HEADROOM_FIELD_DAYS_CONSERVATIVE = "days_conservative";
    public static final String HEADROOM_FIELD_DAYS_AGGRESSIVE = "days_aggressive";
    public static final String HEADROOM_FIELD_HORIZON_DAYS = "horizon_days";
    public static final String HEADROOM_FIELD_CROSSES = "crosses";
    public static final String HEADROOM_FIELD_RECOMMENDED_SIZE = "recommended_size";
    public static final String HEADROOM_FIELD_RECOMMENDED_HOSTS = "recommended_hosts";
    public static final String HEADROOM_FIELD_MOST_CONSTRAINED = "most_constrained";
    public static final String HEADROOM_FIELD_CRITICALITY = "criticality";
    // The plan's schedule, purchases and the plan book as points, for the "Power and cost" dashboard (dashboards/).
    /** IT energy over the horizon if today's power state is held (always-on for a fleet with every host on). */
    public static final String PLAN_FIELD_HELD_KWH = "held_kwh";
    /** IT energy over the horizon under the plan. */
    public static final String PLAN_FIELD_PLAN_KWH = "plan_kwh";
    /** Power-state changes the plan's schedule makes over its horizon. */
    public static final String PLAN_FIELD_TRANSITIONS = "transitions";
    /** Purchase recommendations of the plan (one {@link #PURCHASE} point each). */
    public static final String PLAN_FIELD_PURCHASES = "purchases";
    /** Steps whose needed capacity the fleet (or its power budget) could not power. */
    public static final String PLAN_FIELD_UNMET_STEPS = "unmet_steps";

    /**
     * The recorded plan's schedule, one point per cluster and step of its horizon, timestamped at the step (future
     * points, written again by each run: a later run's plan overwrites the steps they share).
     */
    public static final MeasurementDef PLAN_STEP = new MeasurementDef("capacity_plan_step",
            "The recorded plan's schedule: one point per cluster and future step of its horizon",
            List.of("cluster"),
            List.of(intGauge("plan_id", "id"), intGauge("hosts_powered", "hosts"), gauge("watts", "watts"),
                    gauge("cpu_need", "cores"), gauge("cpu_ready", "cores"), intGauge("power_ons", "count"),
                    intGauge("power_offs", "count")));
    public static final String STEP_FIELD_PLAN_ID = "plan_id";
    public static final String STEP_FIELD_HOSTS_POWERED = "hosts_powered";
    public static final String STEP_FIELD_WATTS = "watts";
    public static final String STEP_FIELD_CPU_NEED = "cpu_need";
    public static final String STEP_FIELD_CPU_READY = "cpu_ready";
    public static final String STEP_FIELD_POWER_ONS = "power_ons";
    public static final String STEP_FIELD_POWER_OFFS = "power_offs";

    /** A purchase the recorded plan recommends, one point per purchase and run, timestamped at the run. */
    public static final MeasurementDef PURCHASE = new MeasurementDef("capacity_purchase",
            "Purchases the recorded plan recommends: one point per purchase and run",
            List.of("cluster", "model", "currency"),
            List.of(intGauge("plan_id", "id"), intGauge("hosts", "hosts"), gauge("capex", "currency"),
                    intGauge("needed_at", "epoch seconds"), intGauge("order_by", "epoch seconds")));
    public static final String PURCHASE_TAG_MODEL = "model";
    public static final String PURCHASE_FIELD_PLAN_ID = "plan_id";
    public static final String PURCHASE_FIELD_HOSTS = "hosts";
    public static final String PURCHASE_FIELD_CAPEX = "capex";
    public static final String PURCHASE_FIELD_NEEDED_AT = "needed_at";
    public static final String PURCHASE_FIELD_ORDER_BY = "order_by";

    /** The plan book's plans by state, one point per state and run, timestamped at the run. */
    public static final MeasurementDef PLAN_STATES = new MeasurementDef("capacity_plan_states",
            "Plans in the plan book by state: one point per state and pipeline run",
            List.of("state"),
            List.of(intGauge("plans", "plans")));
    public static final String STATES_TAG_STATE = "state";
    public static final String STATES_FIELD_PLANS = "plans";

    // Equipment, not demand: a NIC's link speed (net.speed) and the host power state its BMC reports.
    /**
     * A NIC's link speed in Mb/s, as Telegraf's net input reads it from {@code /sys/class/net/NIC/speed}; left out
     * where the kernel reports none (-1 or no file: virtual and down links), where Telegraf writes -1.
     */
    public static final String NET_FIELD_SPEED = "speed";

    /**
     * The host's power state as its BMC reports it, one point per BMC poll (our own measurement: Telegraf has none).
     * {@link #POWER_STATE_CODE}: {@link #POWER_ON} (on, or powering on or off), {@link #POWER_STANDBY} (host off, the
     * BMC answering: it can be woken) or {@link #POWER_UNREACHABLE} (the BMC gave no state: the host may be on or
     * off, and is never counted as off). Tags as the power points: {@code server} (IPMI); {@code address},
     * {@code source} (the system's HostName) and {@link #POWER_STATE_TAG_SYSTEM_ID} (Redfish).
     */
    public static final MeasurementDef POWER_STATE = new MeasurementDef("bmc_power_state",
            "Host power state from its BMC (one point per BMC poll): 1 on, 0 standby, -1 unreachable",
            List.of("server", "address", "source", "system_id"),
            List.of(intGauge("state_code", "1 on, 0 standby (off, BMC answering), -1 unreachable")));
    public static final String POWER_STATE_CODE = "state_code";
    public static final String POWER_STATE_TAG_SYSTEM_ID = "system_id";
    public static final long POWER_ON = 1;
    public static final long POWER_STANDBY = 0;
    public static final long POWER_UNREACHABLE = -1;

    /**
     * Fields that describe the equipment rather than load it ("measurement field"): link speeds and the power state
     * code. Read by capacity and dashboards, never forecast by the pipeline (a constant is not demand).
     */
    public static final java.util.Set<String> EQUIPMENT_FIELDS = java.util.Set.of("net " + NET_FIELD_SPEED,
            "interface ifHighSpeed", "interface ifSpeed", POWER_STATE.name() + " " + POWER_STATE_CODE);

    /**
     * Whether a stored series is capacity demand the pipeline forecasts: not one the service writes itself
     * ({@link #NOT_DEMAND}) and not an {@link #EQUIPMENT_FIELDS equipment field}.
     */
    public static boolean isDemand(String measurement, String field) {
        return !NOT_DEMAND.contains(measurement) && !EQUIPMENT_FIELDS.contains(measurement + " " + field);
    }

    /** Field name of the coverage at a level, e.g. {@code coverage_80}. */
    public static String accuracyCoverageField(double level) {
        return "coverage_" + formatLevel(level);
    }

    /** Field name of the lower bound at a level, e.g. {@code lower_80}; levels like 99.5 become {@code lower_99.5}. */
    public static String forecastLowerField(double level) {
        return "lower_" + formatLevel(level);
    }

    public static String forecastUpperField(double level) {
        return "upper_" + formatLevel(level);
    }

    static String formatLevel(double level) {
        if (!(level > 0 && level < 100)) {
            throw new IllegalArgumentException("interval level must be in (0, 100), got " + level);
        }
        return level == Math.rint(level) ? Long.toString((long) level) : Double.toString(level);
    }

    public static final List<MeasurementDef> ALL =
            List.of(CPU, MEM, NET, DISKIO, DISK, SYSTEM, IPMI_SENSOR, REDFISH_POWER, INTERFACE, AGENT, FORECAST,
                    FORECAST_ACCURACY, PLAN, PLAN_STEP, PURCHASE, PLAN_STATES, CAPACITY_HEADROOM, POWER_STATE);

    /**
     * The measurements the service writes from its own forecasts and plans (and the agent's health counters): never
     * capacity demand, so the pipeline does not forecast them.
     */
    public static final java.util.Set<String> NOT_DEMAND = java.util.Set.of(AGENT.name(), FORECAST.name(),
            FORECAST_ACCURACY.name(), PLAN.name(), PLAN_STEP.name(), PURCHASE.name(), PLAN_STATES.name(),
            CAPACITY_HEADROOM.name());

    private static final Map<String, MeasurementDef> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(MeasurementDef::name, Function.identity()));

    public static Optional<MeasurementDef> measurement(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** Kind of a field, GAUGE when the measurement or field is not one of ours (imported data). */
    public static FieldKind kindOf(String measurement, String field) {
        return measurement(measurement).flatMap(m -> m.field(field)).map(FieldDef::kind).orElse(FieldKind.GAUGE);
    }
}
