/**
 * The service's own web pages ({@code GET /}): the fleet ranked by time remaining, each cluster's forecast charts,
 * the open plans with approve and dismiss forms, and the latest weekly report, rendered on the server from the
 * report's template fragments and charts ({@code service.report}) with no script and no external asset.
 * {@link io.capacity.service.web.FleetSections} keeps the fleet's sections per pipeline run;
 * {@link io.capacity.service.web.PlanForms} takes the forms' posts, judging the form's token by the REST API's
 * {@link io.capacity.service.tokens.AccessRule} and refusing cross-site posts ({@link
 * io.capacity.service.web.FormOrigin}); {@link io.capacity.service.web.Outcome} words the one-line result from the
 * plan book, never from the request alone.
 */
package io.capacity.service.web;
