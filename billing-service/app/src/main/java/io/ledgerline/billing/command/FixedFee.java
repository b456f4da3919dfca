package io.ledgerline.billing.command;

import java.math.BigDecimal;

/** The not yet billed fixed fee of a FIXED_FEE project. */
public record FixedFee(String projectId, String projectName, BigDecimal amount) {

    /** The claim key under which an issued invoice bills the fee. */
    public String claimKey() {
        return "fixed-fee/" + projectId;
    }
}
