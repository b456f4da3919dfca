package io.ledgerline.platform.web;

/**
 * How the API checks a user id it is given (the identity provider's subject): printable, so no control, format,
 * surrogate or unassigned characters, and no whitespace or {@code /}, so that it names a path segment
 * ({@code /members/{userId}}) without escaping surprises. A body that breaks it is refused with 400, naming the field,
 * before any command is sent.
 */
public final class UserIds {

    public static final String PATTERN = "[^\\p{C}\\p{Z}\\s/]+";
    public static final String MESSAGE = "must be a user id: no whitespace, control characters or /";

    private UserIds() {
    }
}
