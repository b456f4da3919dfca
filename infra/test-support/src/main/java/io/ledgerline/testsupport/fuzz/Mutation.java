package io.ledgerline.testsupport.fuzz;

/** The ways a request is broken. Each applies to an operation when it has something to break. */
public enum Mutation {
    /** A body field of another JSON type: a number for a string, an object for a number, ... */
    WRONG_TYPE,
    /** A required body field left out, or the empty object. */
    MISSING_FIELD,
    /** Unknown fields at the top and in nested objects, including one named {@code tenant}. */
    EXTRA_FIELD,
    /** 1e308, 1e400, 10^30, Long.MAX_VALUE + 1, Integer.MAX_VALUE + 1, 1E+100000, as numbers and as strings. */
    HUGE_NUMBER,
    /** -1, -0.01, -1e308, Long.MIN_VALUE - 1, as numbers and as strings. */
    NEGATIVE_NUMBER,
    /** Empty and blank strings. */
    EMPTY_STRING,
    /** Strings of 10,000 and 300,000 characters. */
    LONG_STRING,
    /** NUL, lone surrogates, right-to-left marks and other characters a database or a log may choke on. */
    ODD_CHARACTERS,
    /** Impossible, extreme and unzoned dates and instants. */
    INVALID_DATE,
    /** Codes that are not ISO 4217, in a currency field. */
    INVALID_CURRENCY,
    /** A field, a nested field or an array element set to null, or the body {@code null}. */
    NESTED_NULL,
    /** JSON text that does not parse or is not an object: truncated, trailing commas, NaN, deep nesting. */
    BROKEN_JSON,
    /** The body under a content type other than JSON, or under none. */
    WRONG_CONTENT_TYPE,
    /** An Accept header the operation cannot produce. */
    UNACCEPTABLE_ACCEPT,
    /** A method the path does not offer. */
    WRONG_METHOD,
    /** A path parameter replaced by an unknown UUID, a non-UUID or a huge string. */
    BAD_PATH_PARAMETER,
    /** Query parameters with garbage, repeated or unknown. */
    BAD_QUERY_PARAMETER
}
