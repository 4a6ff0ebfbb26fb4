package io.capacity.app.actions;

import java.util.List;
import java.util.Optional;

/**
 * Where the book keeps plans, actions and the audit trail. {@link #save} is all or nothing: a transition and its
 * audit rows are stored together or not at all.
 */
public interface PlanStore extends AutoCloseable {
    /** The highest plan id ever saved; 0 for an empty store. */
    long lastId();

    /** Stores {@code plans} (replacing those with the same id) and appends {@code audit}, in one transaction. */
    void save(List<ActionPlan> plans, List<AuditEntry> audit);

    Optional<ActionPlan> find(long id);

    /** Every plan whose decision is {@code d}, oldest first. */
    List<ActionPlan> decided(Decision d);

    /** The plans {@code filter} selects, newest first, and how many it selects in all. */
    PlanPage list(PlanFilter filter);

    /** The plan's audit trail, in the order it was written. */
    List<AuditEntry> audit(long planId);

    @Override
    void close();
}
