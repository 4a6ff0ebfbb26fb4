package io.capacity.testkit;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that injects the per-JVM {@link SharedInfluxd} server into test constructors, lifecycle
 * methods and test methods ({@code InfluxdServer} parameters), and makes sure it runs before every test even if an
 * earlier outage test left it stopped.
 *
 * <pre>{@code @ExtendWith(InfluxdExtension.class)
 * class MyTest { @Test void t(InfluxdServer influxd) { ... influxd.url() ... } }}</pre>
 */
public final class InfluxdExtension implements BeforeEachCallback, ParameterResolver {

    @Override
    public void beforeEach(ExtensionContext context) {
        SharedInfluxd.get();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == InfluxdServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return SharedInfluxd.get();
    }
}
