package io.ledgerline.billing.command;

import static io.ledgerline.billing.BillingFixtures.TENANT;
import static io.ledgerline.billing.BillingFixtures.asCaller;
import static io.ledgerline.billing.BillingFixtures.asOtherTenant;
import static io.ledgerline.billing.BillingFixtures.seller;

import io.ledgerline.billing.command.api.ChangeSellerLogoCommand;
import io.ledgerline.billing.command.api.SellerDetails;
import io.ledgerline.billing.command.api.SellerLogoChangedEvent;
import io.ledgerline.billing.command.api.SellerProfileUpdatedEvent;
import io.ledgerline.billing.command.api.UpdateSellerProfileCommand;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SellerProfileTest {

    private static final String PROFILE = UpdateSellerProfileCommand.profileIdOf(TENANT);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};

    private AggregateTestFixture<SellerProfile> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SellerProfile.class);
    }

    @Test
    void makesTheProfileWithItsFirstUpdateWithIbanAndBicCompacted() {
        SellerDetails s = seller();
        SellerDetails spaced = new SellerDetails(s.legalName(), s.line1(), s.line2(), s.postalCode(), s.city(),
                s.country(), s.vatId(), s.taxNumber(), s.contactName(), s.email(), s.phone(),
                "de89 3704 0044 0532 0130 00", "cobadeff xxx", s.bankName(), s.paymentTermsDays(), null, null);

        fixture.givenNoPriorActivity()
                .when(new UpdateSellerProfileCommand(PROFILE, spaced, null), asCaller())
                .expectEvents(new SellerProfileUpdatedEvent(PROFILE, seller()));
    }

    @Test
    void refusesAnUpdateBasedOnAStaleVersion() {
        fixture.given(GenericEventMessage.asEventMessage(new SellerProfileUpdatedEvent(PROFILE, seller()))
                        .andMetaData(asCaller()), GenericEventMessage.asEventMessage(new SellerProfileUpdatedEvent(
                        PROFILE, seller())).andMetaData(asCaller()))
                .when(new UpdateSellerProfileCommand(PROFILE, seller(), 0L), asCaller())
                .expectException(ConflictingAggregateVersionException.class);
    }

    @Test
    void rejectsAnIbanWithAWrongCheckDigit() {
        SellerDetails s = seller();
        fixture.givenNoPriorActivity()
                .when(new UpdateSellerProfileCommand(PROFILE, new SellerDetails(s.legalName(), null, null, null, null,
                        null, null, null, null, null, null, "DE00370400440532013000", null, null, null, null, null),
                        null), asCaller())
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("iban DE00370400440532013000 is not a valid IBAN");
    }

    @Test
    void rejectsAProfileWithoutALegalName() {
        fixture.givenNoPriorActivity()
                .when(new UpdateSellerProfileCommand(PROFILE, new SellerDetails(" ", null, null, null, null, null,
                        null, null, null, null, null, null, null, null, null, null, null), null), asCaller())
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void answersAnotherTenantAsIfTheProfileDidNotExist() {
        fixture.givenNoPriorActivity()
                .when(new UpdateSellerProfileCommand(PROFILE, seller(), null), asOtherTenant())
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void takesAPngLogoAndRejectsOtherBytes() {
        fixture.given(GenericEventMessage.asEventMessage(new SellerProfileUpdatedEvent(PROFILE, seller()))
                        .andMetaData(asCaller()))
                .when(new ChangeSellerLogoCommand(PROFILE, "image/png", PNG, null), asCaller())
                .expectEvents(new SellerLogoChangedEvent(PROFILE, "image/png", PNG));
        fixture.given(GenericEventMessage.asEventMessage(new SellerProfileUpdatedEvent(PROFILE, seller()))
                        .andMetaData(asCaller()))
                .when(new ChangeSellerLogoCommand(PROFILE, "image/gif", PNG, null), asCaller())
                .expectException(IllegalArgumentException.class);
    }
}
