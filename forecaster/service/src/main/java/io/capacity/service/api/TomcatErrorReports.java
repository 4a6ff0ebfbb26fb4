package io.capacity.service.api;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Puts {@link TomcatProblemValve} in place of every other error report valve on Tomcat's host, after Spring Boot's
 * own customizers (which add Tomcat's HTML one), so requests Tomcat rejects itself also get problem+json.
 */
@Component
public class TomcatErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Container host = context.getParent();
            for (Valve v : host.getPipeline().getValves()) {
                if (v instanceof ErrorReportValve && !(v instanceof TomcatProblemValve)) {
                    host.getPipeline().removeValve(v);
                }
            }
            if (host instanceof StandardHost h) {
                h.setErrorReportValveClass(TomcatProblemValve.class.getName());
            }
            host.getPipeline().addValve(new TomcatProblemValve());
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
