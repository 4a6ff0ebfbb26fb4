package io.capacity.collectors.agent;

import io.capacity.collectors.source.Source;
import io.capacity.schema.Point;
import java.util.List;

/**
 * Creates its real source on first use and again after creation failed, so a target whose setup fails at start
 * (unreadable CA file, no socket) is retried every interval like any other unreachable target instead of
 * stopping the agent.
 */
final class LazySource implements Source {
    interface Factory {
        Source create() throws Exception;
    }

    private final String name;
    private final Factory factory;
    private Source delegate;

    LazySource(String name, Factory factory) {
        this.name = name;
        this.factory = factory;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Point> collect(long timeNanos) throws Exception {
        if (delegate == null) {
            delegate = factory.create();
        }
        return delegate.collect(timeNanos);
    }

    @Override
    public void close() {
        if (delegate != null) {
            delegate.close();
        }
    }
}
