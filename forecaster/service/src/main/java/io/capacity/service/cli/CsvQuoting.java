package io.capacity.service.cli;

import io.capacity.service.files.CsvCells;

/** RFC 4180 quoting for the CSV files the commands write. */
final class CsvQuoting {
    private CsvQuoting() {
    }

    static String quote(String cell) {
        return CsvCells.quote(cell);
    }
}
