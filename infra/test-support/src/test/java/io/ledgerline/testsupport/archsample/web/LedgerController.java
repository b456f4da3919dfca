package io.ledgerline.testsupport.archsample.web;

import io.ledgerline.testsupport.archsample.command.Ledger;

/** Breaks the web rules: a public controller that touches an aggregate. */
public class LedgerController {

    Ledger ledger;
}
