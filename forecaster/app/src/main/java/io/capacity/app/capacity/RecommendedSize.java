package io.capacity.app.capacity;

/**
 * The size a dimension needs so that the forecast's upper band stays within the target utilisation over the whole
 * horizon, with the N+K spares on top: {@code peak upper / target + spares}.
 *
 * @param capacity the capacity needed, in the dimension's unit (power: the budget needed)
 * @param model    the hardware model the hosts are counted in (the cluster's most common); null for power
 * @param hosts    hosts of {@code model} needed in all, spares included; null for power, which hosts do not provide
 * @param hostsNow the cluster's hosts that are on or standby today
 */
public record RecommendedSize(double capacity, String model, Integer hosts, int hostsNow) {
    /** Hosts to add (negative: that many could go), or null for power. */
    public Integer change() {
        return hosts == null ? null : hosts - hostsNow;
    }
}
