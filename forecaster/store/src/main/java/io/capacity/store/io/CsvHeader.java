package io.capacity.store.io;

import io.capacity.schema.Excerpt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Column layout of a long CSV file, from its header line. See {@link CsvReader} for the convention.
 *
 * @param tagColumns indexes of the tag columns, in header order
 */
record CsvHeader(String[] names, int time, int measurement, int field, int value, int[] tagColumns) {
    static final String TIME = "time";
    static final String MEASUREMENT = "measurement";
    static final String FIELD = "field";
    static final String VALUE = "value";

    static CsvHeader parse(String line, ReadOptions options) throws RowError {
        String[] cells;
        try {
            cells = new String[CsvCells.split(line, new String[0])];
            CsvCells.split(line, cells);
        } catch (RowError e) {
            throw RowError.fatal("bad CSV header: " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int time = -1;
        int measurement = -1;
        int field = -1;
        int value = -1;
        List<Integer> tags = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            String name = cells[i].strip();
            cells[i] = name;
            if (name.isEmpty()) {
                problems.add("column " + (i + 1) + " has no name");
            } else if (!seen.add(name)) {
                problems.add("column " + Excerpt.of(name) + " appears twice");
            }
            switch (name) {
                case TIME -> time = i;
                case MEASUREMENT -> measurement = i;
                case FIELD -> field = i;
                case VALUE -> value = i;
                default -> {
                    tags.add(i);
                    if (options.tags().containsKey(name)) {
                        problems.add("tag " + Excerpt.of(name) + " is both a column and a --tag option");
                    }
                }
            }
        }
        if (time < 0) {
            problems.add("no 'time' column");
        }
        if (value < 0) {
            problems.add("no 'value' column");
        }
        if (measurement < 0 && options.measurement() == null) {
            problems.add("no 'measurement' column and no --measurement default");
        }
        if (field < 0 && options.field() == null) {
            problems.add("no 'field' column and no --field default");
        }
        if (!problems.isEmpty() && Format.semicolonSeparated(line)) {
            throw RowError.fatal(Format.SEMICOLONS + " (" + Excerpt.of(line) + ")");
        }
        if (!problems.isEmpty()) {
            throw RowError.fatal("bad CSV header: " + String.join("; ", problems) + " (" + Excerpt.of(line)
                    + "); expected e.g. time,measurement,field,value,host");
        }
        return new CsvHeader(cells, time, measurement, field, value,
                tags.stream().mapToInt(Integer::intValue).toArray());
    }

    String describe() {
        return String.join(",", names);
    }
}
