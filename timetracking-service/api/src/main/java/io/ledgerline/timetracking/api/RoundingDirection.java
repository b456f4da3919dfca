package io.ledgerline.timetracking.api;

/** Which way a duration is rounded to the rule's unit. */
public enum RoundingDirection {
    UP, DOWN, NEAREST
}
