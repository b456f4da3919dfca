package io.ledgerline.platform.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error page as a problem document, in place of Boot's JSON error page: errors raised before any controller
 * ran (a request the firewall rejects for a {@code ;} or {@code %25} in its path, a container error) keep the
 * convention. Says no more than the status; the cause is logged where it happened. Called directly, it is 404.
 */
@RestController
@Hidden
class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code == null ? HttpStatus.NOT_FOUND : code instanceof Integer value
                && HttpStatus.resolve(value) != null ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, status.is5xxServerError()
                ? "The request failed unexpectedly and was not applied" : "The request was refused as malformed");
        problem.setType(URI.create("https://ledgerline.io/problems/" + (status.is5xxServerError() ? "internal-error"
                : "bad-request")));
        problem.setTitle(status.getReasonPhrase());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
