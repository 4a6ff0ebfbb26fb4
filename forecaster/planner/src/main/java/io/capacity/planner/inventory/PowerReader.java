package io.capacity.planner.inventory;

import io.capacity.planner.power.PowerCatalogue;
import io.capacity.planner.power.PowerCurve;
import io.capacity.planner.yaml.Layered;
import io.capacity.planner.yaml.Values;
import io.capacity.planner.yaml.YamlMap;

/**
 * Resolves a host's power curve: explicit {@code power_curve} points, else {@code power_model} from the
 * catalogue (a name it does not hold is a problem), else the hardware model's name in the catalogue, else the
 * catalogue's default, which the loader logs once.
 */
final class PowerReader {
    private PowerReader() {
    }

    static PowerCurve curve(Layered f, String name) {
        PowerCurve base;
        if (f.has("power_curve")) {
            base = points(f, name);
        } else if (f.has("power_model")) {
            base = named(f);
        } else {
            PowerCatalogue c = PowerCatalogue.builtIn();
            base = c.find(name == null ? "" : name).map(e -> e.curve()).orElse(null);
            if (base == null) {
                f.problems().defaultCurve(name);
                base = c.fallback();
            }
        }
        if (base == null) {
            return null;
        }
        Double standby = f.number("standby_watts", true, base.standbyWatts());
        if (standby == null) {
            return null;
        }
        if (standby > base.idleWatts()) {
            f.parse("standby_watts", Values::number, v -> false, "at most the idle draw " + base.idleWatts()
                    + " W", null);
            return null;
        }
        return base.withStandbyWatts(standby);
    }

    /** The catalogue curve {@code power_model} names; an unknown name is a problem, never the generic curve. */
    private static PowerCurve named(Layered f) {
        YamlMap owner = f.ownerOf("power_model");
        String model = f.text("power_model");
        PowerCatalogue c = PowerCatalogue.builtIn();
        var e = c.find(model == null ? "" : model.trim());
        if (e.isPresent()) {
            return e.get().curve();
        }
        owner.problems().add(owner.raw("power_model"), owner.field("power_model"), model == null ? "(empty)" : model,
                "a power model of the catalogue: closest " + String.join(" or ", c.closest(model == null ? ""
                        : model)) + "; all: " + String.join(", ", c.names())
                        + " (or power_curve: [idle, w10 .. w100], or no power_model for " + PowerCatalogue.DEFAULT
                        + ")");
        return null;
    }

    private static PowerCurve points(Layered f, String name) {
        String expected = PowerCurve.POINTS + " positive watts: idle, then 10 % .. 100 % load";
        YamlMap owner = f.ownerOf("power_curve");
        var texts = owner.texts("power_curve");
        double[] pts = new double[texts.size()];
        boolean ok = texts.size() == PowerCurve.POINTS;
        for (int i = 0; i < pts.length && ok; i++) {
            Double d = Values.number(texts.get(i));
            ok = d != null && d > 0;
            pts[i] = ok ? d : 0;
        }
        if (!ok) {
            owner.problems().add(owner.raw("power_curve"), owner.field("power_curve"), texts.toString(),
                    expected);
            return null;
        }
        String line = String.valueOf(owner.raw("power_curve").getStartMark().getLine() + 1);
        return new PowerCurve(name + "-curve", pts, Math.min(8, pts[0]), "inventory line " + line);
    }
}
