package io.capacity.service.web;

import io.capacity.app.actions.ActionPlan;
import io.capacity.app.actions.AuditEntry;
import io.capacity.app.actions.PlanBook;
import io.capacity.app.actions.UnknownPlan;
import io.capacity.app.report.Figures;
import java.time.ZoneId;
import java.util.List;

/**
 * What a plan form's post did, carried in the redirect back to {@code /} as {@code result=CODE&plan=ID}. The line the
 * page shows is written from the plan book, never from the request alone: "approved" is shown only with the
 * approval the audit trail records (who, when), so a link that claims one that did not happen shows that none is
 * recorded.
 */
enum Outcome {
    APPROVED("approved"), DISMISSED("dismissed"), NO_TOKEN("no-token"), BAD_TOKEN("bad-token"),
    FORBIDDEN("forbidden"), REFUSED("refused"), UNKNOWN_PLAN("unknown-plan"), CROSS_SITE("cross-site"),
    BAD_FORM("bad-form"), NO_BOOK("no-book");

    /** The line shown and its colour (the report's row tones: ok, warning, critical). */
    record Banner(String text, String tone) {
    }

    private final String code;

    Outcome(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    static Outcome parse(String code) {
        for (Outcome o : values()) {
            if (o.code.equals(code)) {
                return o;
            }
        }
        return null;
    }

    /** The line for result {@code code} about plan {@code planText}; null when {@code code} is none of these. */
    static Banner banner(String code, String planText, PlanBook book, ZoneId zone) {
        Outcome o = parse(code);
        if (o == null) {
            return null;
        }
        long plan = planId(planText);
        String which = plan > 0 ? "Plan #" + plan : "The plan";
        String unchanged = which + " was not changed: ";
        return switch (o) {
            case APPROVED -> recorded(book, plan, "recommended", "pending", "approved", zone);
            case DISMISSED -> recorded(book, plan, "recommended", "dismissed", "dismissed", zone);
            case NO_TOKEN -> new Banner(unchanged + "approving or dismissing needs a token of role operate or admin "
                    + "in the form's token field.", "critical");
            case BAD_TOKEN -> new Banner(unchanged + "the token given is not one this service knows.", "critical");
            case FORBIDDEN -> new Banner(unchanged + "the token given has role read; approving or dismissing needs "
                    + "one of role operate or admin.", "critical");
            case REFUSED -> new Banner(unchanged + "it is " + state(book, plan) + ", and only a recommended plan can "
                    + "be approved or dismissed.", "warning");
            case UNKNOWN_PLAN -> new Banner("No such plan in the book" + (plan > 0 ? " (#" + plan + ")" : "")
                    + "; nothing was changed.", "warning");
            case CROSS_SITE -> new Banner("Refused: the form was posted from another site (its Origin or Referer is "
                    + "not this service); nothing was changed.", "critical");
            case BAD_FORM -> new Banner(unchanged + "the form's decision must be approve or dismiss, and its reason "
                    + "at most " + PlanForms.MAX_REASON + " characters.", "warning");
            case NO_BOOK -> new Banner("This service keeps no plan book (capacity serve opens it under --data-dir); "
                    + "nothing was changed.", "warning");
        };
    }

    /** The plan's last transition {@code from} → {@code to} as the audit trail has it, or that there is none. */
    private static Banner recorded(PlanBook book, long plan, String from, String to, String verb, ZoneId zone) {
        if (plan <= 0 || book == null) {
            return new Banner("No such decision is recorded.", "warning");
        }
        try {
            List<AuditEntry> trail = book.audit(plan);
            for (int i = trail.size() - 1; i >= 0; i--) {
                AuditEntry e = trail.get(i);
                if (e.actionId() == null && from.equals(e.from()) && to.equals(e.to())) {
                    return new Banner("Plan #" + plan + " " + verb + " by '" + e.who() + "' at "
                            + Figures.time(e.at(), zone) + ": it is now " + book.get(plan).state().text() + ".", "ok");
                }
            }
            return new Banner("No " + (verb.equals("approved") ? "approval" : "dismissal") + " of plan #" + plan
                    + " is recorded; it is " + book.get(plan).state().text() + ".", "warning");
        } catch (UnknownPlan e) {
            return new Banner("No plan #" + plan + " in the book.", "warning");
        }
    }

    private static String state(PlanBook book, long plan) {
        if (book == null || plan <= 0) {
            return "not in a state that allows it";
        }
        try {
            ActionPlan p = book.get(plan);
            return p.state().text();
        } catch (UnknownPlan e) {
            return "not in the book";
        }
    }

    /** A positive plan number, else 0. */
    static long planId(String text) {
        if (text == null || text.length() > 18 || !text.matches("[0-9]+")) {
            return 0;
        }
        long v = Long.parseLong(text);
        return Math.max(v, 0);
    }
}
