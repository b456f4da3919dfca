package io.ledgerline.platform.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The optimistic-concurrency convention: an aggregate's ETag is its version (the sequence number of its last
 * event), and a write sent with {@code If-Match} names the version it was based on.
 */
public final class ETags {

    private static final Pattern VERSION = Pattern.compile("(?:W/)?\"?(\\d{1,18})\"?");

    private ETags() {
    }

    /** The ETag header value of a version. */
    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version an If-Match header names, or null when the header is absent; 400 when it names none. */
    public static Long ifMatch(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        Matcher matcher = VERSION.matcher(header.strip());
        if (!matcher.matches()) {
            throw new BadRequestException("If-Match must be the ETag of a version, such as \"3\"");
        }
        return Long.parseLong(matcher.group(1));
    }
}
