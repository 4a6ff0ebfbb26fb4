package io.capacity.service.report;

import io.capacity.app.RequestProblem;
import java.util.Locale;

/** The report's formats, with the media type each is served as and the file extension it is kept under. */
public enum ReportFormat {
    HTML("text/html;charset=UTF-8", "html"),
    PDF("application/pdf", "pdf"),
    CSV("text/csv;charset=UTF-8", "csv");

    private final String mediaType;
    private final String extension;

    ReportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** {@code html}, {@code pdf} or {@code csv}; a problem naming {@code format} otherwise. */
    public static ReportFormat parse(String text) {
        for (ReportFormat f : values()) {
            if (f.extension.equalsIgnoreCase(text == null ? "" : text.strip())) {
                return f;
            }
        }
        throw RequestProblem.of("format", text, "expected html, pdf or csv");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
