package io.capacity.core.model.arima;

import java.util.Arrays;
import java.util.List;

/**
 * Named regressor columns ({@code columns[k][t]}), all of one length. Used both for in-sample xreg (length n) and
 * for the future values supplied at forecast time (length h). Arrays are copied in and out.
 */
public record Regressors(List<String> names, double[][] columns) {
    public static final Regressors NONE = new Regressors(List.of(), new double[0][]);

    public Regressors {
        names = List.copyOf(names);
        if (columns == null || names.size() != columns.length) {
            throw new IllegalArgumentException("regressors need one name per column, got " + names.size()
                    + " names for " + (columns == null ? "null" : columns.length) + " columns");
        }
        double[][] copy = new double[columns.length][];
        for (int k = 0; k < columns.length; k++) {
            if (columns[k] == null || columns[k].length != columns[0].length) {
                throw new IllegalArgumentException("regressor column " + names.get(k) + " has length "
                        + (columns[k] == null ? "null" : columns[k].length) + ", expected " + columns[0].length);
            }
            copy[k] = columns[k].clone();
        }
        columns = copy;
    }

    /** One unnamed column per array, named xreg1, xreg2, ... as R does. */
    public static Regressors of(double[]... columns) {
        String[] n = new String[columns.length];
        for (int k = 0; k < n.length; k++) {
            n[k] = "xreg" + (k + 1);
        }
        return new Regressors(List.of(n), columns);
    }

    public int count() {
        return columns.length;
    }

    /** Rows (time steps); 0 when there are no columns. */
    public int length() {
        return columns.length == 0 ? 0 : columns[0].length;
    }

    public double[] column(int k) {
        return columns[k].clone();
    }

    @Override
    public double[][] columns() {
        double[][] out = new double[columns.length][];
        for (int k = 0; k < out.length; k++) {
            out[k] = columns[k].clone();
        }
        return out;
    }

    /** Columns of this set followed by those of {@code other}. */
    public Regressors append(Regressors other) {
        List<String> n = new java.util.ArrayList<>(names);
        n.addAll(other.names);
        double[][] c = Arrays.copyOf(columns(), columns.length + other.columns.length);
        for (int k = 0; k < other.columns.length; k++) {
            c[columns.length + k] = other.columns[k].clone();
        }
        return new Regressors(n, c);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Regressors r && names.equals(r.names) && Arrays.deepEquals(columns, r.columns);
    }

    @Override
    public int hashCode() {
        return names.hashCode() * 31 + Arrays.deepHashCode(columns);
    }

    @Override
    public String toString() {
        return "Regressors" + names + "[" + length() + "]";
    }
}
