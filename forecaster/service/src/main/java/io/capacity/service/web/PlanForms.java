package io.capacity.service.web;

import io.capacity.app.actions.PlanBook;
import io.capacity.app.actions.RefusedTransition;
import io.capacity.app.actions.UnknownPlan;
import io.capacity.service.tokens.AccessRule;
import io.capacity.service.tokens.Verdict;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code POST /plans/{id}/decision}: the approve and dismiss forms of {@code /}, for browsers with or without
 * JavaScript. The form carries the token ({@code token}, a password field: a browser's form sends no Authorization
 * header), judged by the REST API's {@link AccessRule} as if it were a bearer token on the same request: it needs
 * role {@code operate} or {@code admin}, and an unknown or read token is refused. A post from another site is refused
 * ({@link FormOrigin}). The change is the plan book's {@link PlanBook#approve} or {@link PlanBook#dismiss}, as
 * {@code POST /api/v1/plans/{id}/approve} and {@code /dismiss} make it, recorded under the token's name with the
 * form's reason. Every post is answered 303 back to {@code /} with the outcome's code, whose line the page writes from
 * the book ({@link Outcome}); nothing is changed unless the book made the transition.
 */
@Hidden
@Controller
public class PlanForms {
    /** The longest reason kept, as the REST API's. */
    static final int MAX_REASON = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(PlanForms.class);

    private final ObjectProvider<PlanBook> books;
    private final AccessRule rule;

    public PlanForms(ObjectProvider<PlanBook> books, AccessRule rule) {
        this.books = books;
        this.rule = rule;
    }

    @PostMapping("/plans/{id}/decision")
    public ResponseEntity<Void> decide(@PathVariable String id, @RequestParam(required = false) String decision,
                                       @RequestParam(required = false) String token,
                                       @RequestParam(required = false) String reason, HttpServletRequest request) {
        long plan = Outcome.planId(id);
        Outcome o = decide(plan, decision, token, reason, request);
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/?result=" + o.code()
                + (plan > 0 ? "&plan=" + plan + "#plan-" + plan : "#plans"))).build();
    }

    private Outcome decide(long plan, String decision, String token, String reason, HttpServletRequest request) {
        if (!FormOrigin.sameSite(request)) {
            return refused(request, Outcome.CROSS_SITE);
        }
        Verdict v = rule.judgeSecret(request.getMethod(), request.getServletPath()
                + (request.getPathInfo() == null ? "" : request.getPathInfo()), token);
        switch (v.outcome()) {
            case MISSING -> {
                return refused(request, Outcome.NO_TOKEN);
            }
            case INVALID -> {
                return refused(request, Outcome.BAD_TOKEN);
            }
            case FORBIDDEN -> {
                return refused(request, Outcome.FORBIDDEN);
            }
            default -> {
                // ALLOW: go on
            }
        }
        boolean approve = "approve".equals(decision);
        if (!approve && !"dismiss".equals(decision) || reason != null && reason.length() > MAX_REASON) {
            return refused(request, Outcome.BAD_FORM);
        }
        if (plan <= 0) {
            return refused(request, Outcome.UNKNOWN_PLAN);
        }
        PlanBook book = books.getIfAvailable();
        if (book == null) {
            return refused(request, Outcome.NO_BOOK);
        }
        String who = v.token().name();
        String why = reason == null || reason.isBlank() ? (approve ? "approved" : "dismissed") + " on the web page"
                : reason.strip();
        try {
            if (approve) {
                book.approve(plan, who, why);
            } else {
                book.dismiss(plan, who, why);
            }
        } catch (RefusedTransition e) {
            LOG.debug("{} {} by token '{}': {}", request.getMethod(), request.getRequestURI(), who, e.getMessage());
            return Outcome.REFUSED;
        } catch (UnknownPlan e) {
            return refused(request, Outcome.UNKNOWN_PLAN);
        }
        LOG.info("{} {} by token '{}' ({}): plan {} {}", request.getMethod(), request.getRequestURI(), who,
                v.token().role().label(), plan, approve ? "approved" : "dismissed");
        return approve ? Outcome.APPROVED : Outcome.DISMISSED;
    }

    /** A refusal: the client's mistake, logged at DEBUG only, as the token gate logs its refusals. */
    private static Outcome refused(HttpServletRequest request, Outcome o) {
        LOG.debug("{} {}: refused ({})", request.getMethod(), request.getRequestURI(), o.code());
        return o;
    }
}
