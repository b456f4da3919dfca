package io.ledgerline.platform.testapp;

import io.ledgerline.platform.security.MoneyField;
import java.math.BigDecimal;

/** What a note is billed at: the price is money, left out for callers without money rights. */
record NotePrice(String noteId, @MoneyField BigDecimal price, String currency) {
}
