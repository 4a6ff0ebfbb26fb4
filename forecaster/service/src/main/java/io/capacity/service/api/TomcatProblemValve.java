package io.capacity.service.api;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's error report for what never reaches Spring (a request line or URI with characters that must be
 * percent-encoded, a malformed header): problem+json instead of Tomcat's HTML page, with no server version.
 */
public class TomcatProblemValve extends ErrorReportValve {

    public TomcatProblemValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        String detail = status == 400
                ? "the request line, URI or a header is malformed (characters such as space, |, {, } or control "
                        + "characters must be percent-encoded)"
                : title;
        try {
            response.resetBuffer();
            ProblemJson.write(response, status, title, detail, null);
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the body was already taken as a writer: nothing more can be said.
        }
    }
}
