/**
 * Applying plans inside {@code serve}: {@link ApplyUse}, the one {@code app.actions.apply.ApplyPlan} the apply
 * endpoint and the executor share (so their real runs are serialised), and {@link ApplyExecutor}, which with
 * {@code --apply-actions} runs {@code app.actions.apply.DueActions} every {@code --apply-every}, counts each action
 * outcome on {@code /actuator/prometheus} and shows its last pass on {@code /actuator/info}.
 */
package io.capacity.service.apply;
