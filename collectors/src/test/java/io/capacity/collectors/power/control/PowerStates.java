package io.capacity.collectors.power.control;

/** Polls a BMC's power state in tests. */
public final class PowerStates {
    private PowerStates() {
    }

    /** The state once it is {@code want}, or the last one read when {@code millis} passed first. */
    public static PowerState await(PowerControl c, PowerState want, long millis) throws Exception {
        long end = System.currentTimeMillis() + millis;
        PowerState seen = c.state();
        while (seen != want && System.currentTimeMillis() < end) {
            Thread.sleep(50);
            seen = c.state();
        }
        return seen;
    }
}
