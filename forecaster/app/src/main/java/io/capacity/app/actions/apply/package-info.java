/**
 * Use case: carrying out an approved plan's power actions through the hosts' BMCs ({@link
 * io.capacity.app.actions.apply.ApplyPlan}). Opt-in and dry-run by default: a dry run checks every precondition and
 * says what it would send, changing nothing. A real run takes the actions whose time has come, in order, and checks
 * each one's preconditions again just before it runs (for a power-down, the plan approved and not expired; a
 * power-on's power-down succeeded, and then nothing about the plan holds it back; the cluster's capacity with every host the plan will then have off against the forecast's upper band
 * with N+K until each comes back; each host's power state read from its BMC), sends the command, polls the power
 * state until the
 * host reaches the target or the timeout passes, and records the outcome in the plan book, read back from the BMC.
 * {@link io.capacity.app.actions.apply.DueActions} is the executor that applies what is due on a schedule.
 */
package io.capacity.app.actions.apply;
