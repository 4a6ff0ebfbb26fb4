package io.capacity.service.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses query parameters an API endpoint does not declare, and repeats of a parameter that takes one value,
 * naming them (a typo such as {@code mesurement=cpu} would otherwise silently select everything). The allowed
 * names are the endpoint's {@code @RequestParam}s; list-typed ones may repeat.
 */
final class QueryParameters implements HandlerInterceptor {
    private static final DefaultParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method
                && method.getBeanType().getPackageName().equals(QueryParameters.class.getPackageName())) {
            check(request.getParameterMap(), declared(method));
        }
        return true;
    }

    /** Name of each declared query parameter, and whether it may repeat. */
    static Map<String, Boolean> declared(HandlerMethod method) {
        Map<String, Boolean> names = new TreeMap<>();
        for (MethodParameter p : method.getMethodParameters()) {
            RequestParam rp = p.getParameterAnnotation(RequestParam.class);
            if (rp == null) {
                continue;
            }
            p.initParameterNameDiscovery(NAMES);
            String name = rp.name().isEmpty() ? p.getParameterName() : rp.name();
            Class<?> type = p.getParameterType();
            names.put(name, type.isArray() || Collection.class.isAssignableFrom(type));
        }
        return names;
    }

    static void check(Map<String, String[]> given, Map<String, Boolean> declared) {
        List<String> unknown = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        given.forEach((name, values) -> {
            Boolean repeatable = declared.get(name);
            if (repeatable == null) {
                unknown.add(name);
            } else if (!repeatable && values.length > 1) {
                repeated.add(name);
            }
        });
        String accepted = declared.isEmpty() ? "none" : String.join(", ", declared.keySet());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown query parameter" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown) + "; this endpoint accepts: " + accepted);
        }
        if (!repeated.isEmpty()) {
            throw new IllegalArgumentException("query parameter" + (repeated.size() > 1 ? "s " : " ")
                    + String.join(", ", repeated) + " given more than once; each takes one value");
        }
    }
}
