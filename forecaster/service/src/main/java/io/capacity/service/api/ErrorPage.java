package io.capacity.service.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet error page ({@code /error}) in problem+json, in place of Spring Boot's JSON or HTML one: what reaches
 * it is an error raised outside a controller (a filter, {@code sendError}) or an exception nothing else handled.
 * An internal error's text never reaches the client (Tomcat logs it, once). Not part of the API description.
 */
@Hidden
@RestController
public class ErrorPage implements ErrorController {
    @RequestMapping("${server.error.path:/error}")
    public void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(code instanceof Integer status)) {
            // Asked for directly: there is no such page.
            ProblemJson.write(response, 404, "Not Found", "no such path: " + request.getRequestURI(),
                    request.getRequestURI());
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        String detail;
        if (status >= 500) {
            // Tomcat has already logged the exception, with its stack trace, once.
            detail = "the service failed to answer; its log has the reason";
        } else {
            Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
            detail = message instanceof String m && !m.isBlank() ? m : title;
        }
        ProblemJson.write(response, status, title, detail, uri);
    }
}
