package io.ledgerline.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * The bearer token of the {@code Authorization} header, resolved as {@link DefaultBearerTokenResolver} does with its
 * defaults (no token in parameters; "Bearer" in any case; a malformed token is refused as malformed), but checked by
 * a loop instead of its case-insensitive regular expression, which cost more than the rest of the authentication
 * once verified tokens are remembered (profiled). {@code BearerHeaderTest} compares both on the same headers.
 */
final class BearerHeader implements BearerTokenResolver {

    private static final String SCHEME = "bearer";

    @Override
    public String resolve(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return null;
        }
        int start = SCHEME.length() + 1;
        if (authorization.length() <= start || authorization.charAt(start - 1) != ' '
                || !isToken68(authorization, start)) {
            throw new InvalidBearerTokenException("Bearer token is malformed");
        }
        return authorization.substring(start);
    }

    /** RFC 6750's b64token: {@code [A-Za-z0-9-._~+/]+=*} from {@code start} to the end. */
    private static boolean isToken68(String text, int start) {
        int i = start;
        while (i < text.length() && isTokenCharacter(text.charAt(i))) {
            i++;
        }
        if (i == start) {
            return false;
        }
        while (i < text.length() && text.charAt(i) == '=') {
            i++;
        }
        return i == text.length();
    }

    private static boolean isTokenCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
    }
}
