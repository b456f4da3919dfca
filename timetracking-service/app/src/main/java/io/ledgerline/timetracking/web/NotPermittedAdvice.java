package io.ledgerline.timetracking.web;

import io.ledgerline.timetracking.command.api.NotPermittedException;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A caller whose role on the project does not allow a change gets 403, as a problem document naming the rule. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotPermittedAdvice {

    @ExceptionHandler(NotPermittedException.class)
    ResponseEntity<ProblemDetail> forbidden(NotPermittedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setType(URI.create("https://ledgerline.io/problems/forbidden"));
        problem.setTitle("Not allowed for your role");
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }
}
