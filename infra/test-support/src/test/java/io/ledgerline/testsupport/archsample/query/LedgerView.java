package io.ledgerline.testsupport.archsample.query;

import io.ledgerline.testsupport.archsample.web.LedgerController;

/** Breaks the read-model rule: a read model that knows the web. */
public class LedgerView {

    LedgerController controller;
}
