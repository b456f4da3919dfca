package io.ledgerline.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The optimistic-concurrency convention: an aggregate's ETag is its version (the sequence number of its last
 * event), and a write sent with {@code If-Match} names the version it was based on. {@code If-Match} is read as RFC
 * 9110 (section 13.1.1) defines it: {@code *} or a list of entity tags, compared strongly, so a weak tag
 * ({@code W/"3"}) never matches; a header that matches no version at all is 412 at once, and one naming a stale
 * version is 412 once the aggregate refuses it ({@link ProblemDetailsAdvice}).
 */
public final class ETags {

    /** The OpenAPI description of an optional {@code If-Match} ({@link ConditionalRequestDocs}). */
    public static final String OPTIONAL = "The ETag of the version the change is based on; `*` for any. A stale or "
            + "weak one is 412 Precondition Failed. Optional.";
    /** The OpenAPI description of a required {@code If-Match}. */
    public static final String REQUIRED = "The ETag of the version the change is based on; `*` for any. A stale or "
            + "weak one is 412 Precondition Failed. Required: without it 428 Precondition Required.";

    private static final Pattern ENTITY_TAG = Pattern.compile("\\s*(W/)?\"([\\x21\\x23-\\x7E\\x80-\\xFF]*)\"\\s*");
    private static final Pattern VERSION = Pattern.compile("\\d{1,18}");

    private ETags() {
    }

    /** The ETag header value of a version. */
    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an optional If-Match header requires, or null when any will do (no header, or {@code *}); 400 when
     * it is malformed, 412 when it names no version that could match.
     */
    public static Long ifMatch(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        return required(header);
    }

    /** As {@link #ifMatch}, for a change that must be conditional: 428 without the header. */
    public static Long requireIfMatch(String header) {
        if (header == null || header.isBlank()) {
            throw new PreconditionRequiredException();
        }
        return required(header);
    }

    private static Long required(String header) {
        if (header.strip().equals("*")) {
            return null;
        }
        List<Long> versions = new ArrayList<>();
        for (String tag : header.split(",", -1)) {
            Matcher matcher = ENTITY_TAG.matcher(tag);
            if (!matcher.matches()) {
                throw new BadRequestException("If-Match must be * or entity tags such as \"3\"");
            }
            boolean strong = matcher.group(1) == null;
            if (strong && VERSION.matcher(matcher.group(2)).matches()
                    && !versions.contains(Long.parseLong(matcher.group(2)))) {
                versions.add(Long.parseLong(matcher.group(2)));
            }
        }
        if (versions.isEmpty()) {
            throw new PreconditionFailedException("If-Match names no current version (a weak tag never matches)");
        }
        if (versions.size() > 1) {
            throw new BadRequestException("If-Match may name one version only");
        }
        return versions.get(0);
    }
}
