package io.ledgerline.testsupport.archsample.integration;

import io.ledgerline.testsupport.archsample.web.LedgerController;

/** Breaks the Kafka rule: a Kafka handler that knows the web. */
class LedgerRelay {

    LedgerController controller;
}
