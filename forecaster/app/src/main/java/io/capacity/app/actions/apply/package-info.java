/**
 * Use case: carrying out an approved plan's power actions through the hosts' BMCs ({@link
 * io.capacity.app.actions.apply.ApplyPlan}). Opt-in and dry-run by default: a dry run checks every precondition and
 * says what it would send, changing nothing. A real run checks each action's preconditions again just before it
 * runs (the plan approved and not expired, the cluster's capacity with the hosts off against the forecast's upper
 * band with N+K, each host's power state read from its BMC), sends the command, polls the power state until the
 * host reaches the target or the timeout passes, and records the outcome in the plan book, read back from the BMC.
 */
package io.capacity.app.actions.apply;
