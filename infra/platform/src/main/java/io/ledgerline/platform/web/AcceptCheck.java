package io.ledgerline.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a changing request whose {@code Accept} header admits no type the handler produces (406) before the
 * handler runs. Spring MVC negotiates the response type only when it writes the body, after the command was
 * applied: a client that accepts only {@code text/csv} would get a 406 for a change that was made.
 */
class AcceptCheck implements HandlerInterceptor {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON, new MediaType("application",
            "*+json"));

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotAcceptableException {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || SAFE.contains(request.getMethod()) || !(handler instanceof HandlerMethod method)) {
            return true;
        }
        List<MediaType> produced = produced(method);
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            throw new HttpMediaTypeNotAcceptableException("Could not parse Accept header: " + e.getMessage());
        }
        if (accepted.isEmpty()
                || accepted.stream().anyMatch(type -> produced.stream().anyMatch(type::isCompatibleWith))) {
            return true;
        }
        throw new HttpMediaTypeNotAcceptableException(produced);
    }

    private static List<MediaType> produced(HandlerMethod method) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequestMapping.class);
        return mapping == null || mapping.produces().length == 0 ? JSON : MediaType.parseMediaTypes(List.of(
                mapping.produces()));
    }
}
