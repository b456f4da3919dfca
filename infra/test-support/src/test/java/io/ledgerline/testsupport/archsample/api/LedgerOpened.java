package io.ledgerline.testsupport.archsample.api;

import io.ledgerline.testsupport.archsample.command.Ledger;

/** Breaks the published-language rule: a public event that exposes an aggregate. */
public record LedgerOpened(Ledger ledger) {
}
