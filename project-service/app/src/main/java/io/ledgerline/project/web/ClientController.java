package io.ledgerline.project.web;

import io.ledgerline.platform.context.CallerContexts;
import io.ledgerline.platform.history.EventHistory;
import io.ledgerline.platform.history.HistoryEntry;
import io.ledgerline.platform.web.ETags;
import io.ledgerline.platform.web.NotFoundException;
import io.ledgerline.project.command.api.ArchiveClientCommand;
import io.ledgerline.project.command.api.RegisterClientCommand;
import io.ledgerline.project.command.api.UpdateClientCommand;
import io.ledgerline.project.query.ClientSummaries;
import io.ledgerline.project.query.ClientSummary;
import io.ledgerline.project.query.ResultPage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Registers, changes, archives, lists and reads clients, and tells their history. */
@RestController
@Tag(name = "clients", description = "Clients and their billing details")
@RequestMapping("/api/v1/clients")
class ClientController {

    private final CommandGateway commands;
    private final ClientSummaries clients;
    private final EventHistory history;

    ClientController(CommandGateway commands, ClientSummaries clients, EventHistory history) {
        this.commands = commands;
        this.clients = clients;
        this.history = history;
    }

    @PostMapping
    ResponseEntity<ClientSummary> register(@Valid @RequestBody ClientRequest request) {
        String clientId = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterClientCommand(clientId, request.toDetails()));
        ClientSummary client = read(clientId);
        return ResponseEntity.created(URI.create("/api/v1/clients/" + clientId))
                .eTag(ETags.of(client.version())).body(client);
    }

    @GetMapping
    ResultPage<ClientSummary> list(
            @RequestParam(required = false) @Pattern(regexp = "ACTIVE|ARCHIVED") String status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return clients.list(tenant(), status, page, size);
    }

    @GetMapping("/{clientId}")
    ResponseEntity<ClientSummary> get(@PathVariable String clientId) {
        return withETag(read(clientId));
    }

    @PutMapping("/{clientId}")
    ResponseEntity<ClientSummary> update(@PathVariable String clientId, @Valid @RequestBody ClientRequest request,
                                         @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        commands.sendAndWait(new UpdateClientCommand(clientId, request.toDetails(), ETags.ifMatch(ifMatch)));
        return withETag(read(clientId));
    }

    @PostMapping("/{clientId}/archive")
    ResponseEntity<ClientSummary> archive(@PathVariable String clientId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        commands.sendAndWait(new ArchiveClientCommand(clientId, ETags.ifMatch(ifMatch)));
        return withETag(read(clientId));
    }

    @GetMapping("/{clientId}/history")
    List<HistoryEntry> history(@PathVariable String clientId) {
        return history.of(clientId);
    }

    private ClientSummary read(String clientId) {
        return clients.find(tenant(), clientId).orElseThrow(() -> new NotFoundException("client", clientId));
    }

    private static ResponseEntity<ClientSummary> withETag(ClientSummary client) {
        return ResponseEntity.ok().eTag(ETags.of(client.version())).body(client);
    }

    private static String tenant() {
        return CallerContexts.require().tenant();
    }
}
