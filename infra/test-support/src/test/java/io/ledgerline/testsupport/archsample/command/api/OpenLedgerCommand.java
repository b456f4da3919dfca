package io.ledgerline.testsupport.archsample.command.api;

import io.ledgerline.testsupport.archsample.command.Ledger;

/** Breaks the internal-message rule: a command that knows its aggregate. */
public record OpenLedgerCommand(Ledger ledger) {
}
