package io.capacity.bench.report;

import io.capacity.app.report.Report;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Locale;

/**
 * The service's report renderer ({@code service.report.ReportRenderer}: Thymeleaf, JFreeChart, openhtmltopdf), as
 * {@code ./capacity report} and {@code serve} call it. Reached by name on the script's class path: the service
 * module is packaged as Spring Boot's executable jar, which no module can compile against.
 */
final class Renderers {
    private static final String RENDERER = "io.capacity.service.report.ReportRenderer";
    private static final String FORMAT = "io.capacity.service.report.ReportFormat";

    private Renderers() {
    }

    /** {@code report} as {@code format} (html, pdf or csv). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static byte[] render(Report report, String format) {
        try {
            Class<? extends Enum> formats = (Class<? extends Enum>) Class.forName(FORMAT);
            Method render = Class.forName(RENDERER).getMethod("render", Report.class, formats);
            return (byte[]) render.invoke(null, report, Enum.valueOf(formats, format.toUpperCase(Locale.ROOT)));
        } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException("the service's report renderer is not on the class path (scripts/"
                    + "bench-report.sh puts forecaster/service/target/classes there): " + e.getMessage(), e);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
