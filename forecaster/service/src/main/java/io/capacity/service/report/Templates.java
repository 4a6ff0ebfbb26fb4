package io.capacity.service.report;

import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The one Thymeleaf engine for the report and the service's web pages: templates are read from the class path by
 * name ({@code report/report}, {@code web/fleet}), so a page includes the report's fragments ({@code style},
 * {@code section(view)}, {@code table(table)}) instead of repeating them. Thymeleaf's own engine rather than
 * Spring's view resolution, since {@code ./capacity report} renders without a Spring context.
 */
public final class Templates {
    private static final TemplateEngine ENGINE = engine();

    private Templates() {
    }

    /** Template {@code name} (class path {@code name.html}) filled with {@code variables}. */
    public static String render(String name, Map<String, Object> variables) {
        Context ctx = new Context();
        variables.forEach(ctx::setVariable);
        return ENGINE.process(name, ctx);
    }

    private static TemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(Templates.class.getClassLoader());
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        TemplateEngine e = new TemplateEngine();
        e.setTemplateResolver(resolver);
        return e;
    }
}
