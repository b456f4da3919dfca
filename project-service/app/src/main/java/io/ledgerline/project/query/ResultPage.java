package io.ledgerline.project.query;

import java.util.List;

/** One page of a list: {@code page} counts from 0; {@code totalItems} is the size of the whole list. */
public record ResultPage<T>(List<T> items, int page, int size, long totalItems) {
}
