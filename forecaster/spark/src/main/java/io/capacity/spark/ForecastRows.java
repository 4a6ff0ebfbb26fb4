package io.capacity.spark;

import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.PredictionInterval;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The job's output rows: {@code series_id, time, step, point, lower_L, upper_L (per level, named as the CLI's CSV
 * names them), model, grade, error}, and with the cache a {@code choice} column (the series' {@code state.tsv} line,
 * on its first row only). A series without a forecast is one row with its error and nulls elsewhere.
 */
final class ForecastRows {
    private ForecastRows() {
    }

    static StructType schema(double[] levels, boolean choice) {
        List<StructField> f = new ArrayList<>();
        f.add(DataTypes.createStructField("series_id", DataTypes.StringType, false));
        f.add(DataTypes.createStructField("time", DataTypes.TimestampType, true));
        f.add(DataTypes.createStructField("step", DataTypes.IntegerType, true));
        f.add(DataTypes.createStructField("point", DataTypes.DoubleType, true));
        for (double l : levels) {
            f.add(DataTypes.createStructField("lower_" + levelName(l), DataTypes.DoubleType, true));
            f.add(DataTypes.createStructField("upper_" + levelName(l), DataTypes.DoubleType, true));
        }
        f.add(DataTypes.createStructField("model", DataTypes.StringType, true));
        f.add(DataTypes.createStructField("grade", DataTypes.StringType, true));
        f.add(DataTypes.createStructField("error", DataTypes.StringType, true));
        if (choice) {
            f.add(DataTypes.createStructField("choice", DataTypes.StringType, true));
        }
        return DataTypes.createStructType(f);
    }

    /** A level as the CLI's CSV header writes it: 80, 97.5. */
    static String levelName(double l) {
        return l == Math.rint(l) ? Long.toString((long) l) : Double.toString(l);
    }

    static List<Row> of(Forecast fc, double[] levels, String error, boolean choiceColumn, String choice) {
        List<Row> out = new ArrayList<>(fc.horizon());
        int width = 7 + 2 * levels.length + (choiceColumn ? 1 : 0);
        for (int h = 0; h < fc.horizon(); h++) {
            Object[] v = new Object[width];
            int i = 0;
            v[i++] = fc.seriesId();
            v[i++] = fc.timeAt(h) == null ? null : Timestamp.from(fc.timeAt(h));
            v[i++] = h + 1;
            v[i++] = fc.mean(h);
            for (double l : levels) {
                PredictionInterval pi = fc.interval(l).orElseThrow();
                v[i++] = pi.lower(h);
                v[i++] = pi.upper(h);
            }
            v[i++] = fc.method();
            v[i++] = fc.quality().grade().name();
            v[i++] = error;
            if (choiceColumn) {
                v[i] = h == 0 ? choice : null;
            }
            out.add(RowFactory.create(v));
        }
        return out;
    }

    static Row error(String seriesId, double[] levels, boolean choiceColumn, String error) {
        Object[] v = new Object[7 + 2 * levels.length + (choiceColumn ? 1 : 0)];
        v[0] = seriesId;
        v[6 + 2 * levels.length] = error;
        return RowFactory.create(v);
    }
}
