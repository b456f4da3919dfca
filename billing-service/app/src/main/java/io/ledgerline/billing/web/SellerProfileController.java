package io.ledgerline.billing.web;

import io.ledgerline.billing.command.api.ChangeSellerLogoCommand;
import io.ledgerline.billing.command.api.UpdateSellerProfileCommand;
import io.ledgerline.billing.query.SellerLogo;
import io.ledgerline.billing.query.SellerProfileStore;
import io.ledgerline.billing.query.SellerProfileView;
import io.ledgerline.platform.context.CallerContexts;
import io.ledgerline.platform.web.ETags;
import io.ledgerline.platform.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenant's seller profile: who its invoices come from. Every change is a new version (the ETag); an issued
 * invoice keeps the version it was issued with.
 */
@RestController
@RequestMapping("/api/v1/seller-profile")
@Tag(name = "seller profile")
class SellerProfileController {

    private final CommandGateway commands;
    private final SellerProfileStore profiles;

    SellerProfileController(CommandGateway commands, SellerProfileStore profiles) {
        this.commands = commands;
        this.profiles = profiles;
    }

    @GetMapping
    @Operation(summary = "The tenant's seller profile; 404 until one was set")
    ResponseEntity<SellerProfileView> get() {
        SellerProfileView view = current();
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }

    @PutMapping
    @Operation(summary = "Set all seller details (legal name, address, VAT id or tax number, contact, bank account, "
            + "payment terms, number prefixes); the first PUT makes the profile")
    ResponseEntity<SellerProfileView> put(@Valid @RequestBody SellerProfileRequest request,
                                          @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                          String ifMatch) {
        commands.sendAndWait(new UpdateSellerProfileCommand(profileId(), request.toDetails(),
                ETags.ifMatch(ifMatch)));
        return get();
    }

    @PutMapping(value = "/logo", consumes = {MediaType.IMAGE_PNG_VALUE, MediaType.IMAGE_JPEG_VALUE})
    @Operation(summary = "Replace the logo printed on invoices: a PNG or JPEG of at most 256 KiB")
    ResponseEntity<SellerProfileView> putLogo(@RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type,
                                              @RequestBody byte[] image,
                                              @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                              String ifMatch) {
        current();
        commands.sendAndWait(new ChangeSellerLogoCommand(profileId(), type.getType() + "/" + type.getSubtype(),
                image, ETags.ifMatch(ifMatch)));
        return get();
    }

    @GetMapping("/logo")
    @Operation(summary = "The logo of the profile as it is now; 404 when it has none")
    ResponseEntity<byte[]> logo() {
        SellerProfileView view = current();
        SellerLogo logo = profiles.logo(tenant(), view.version())
                .orElseThrow(() -> new NotFoundException("seller logo", tenant()));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(logo.mediaType())).body(logo.image());
    }

    private SellerProfileView current() {
        return profiles.view(tenant()).orElseThrow(() -> new NotFoundException("seller profile", tenant()));
    }

    private static String profileId() {
        return UpdateSellerProfileCommand.profileIdOf(tenant());
    }

    private static String tenant() {
        return CallerContexts.require().tenant();
    }
}
