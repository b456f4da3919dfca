package io.ledgerline.testsupport.archsample.command;

import io.ledgerline.testsupport.archsample.query.LedgerView;

/** Breaks the domain rule: an aggregate that knows a read model. */
public class Ledger {

    LedgerView view;
}
