package io.ledgerline.timetracking.config;

import io.ledgerline.timetracking.command.api.CallerRoles;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Attaches the roles of the request's validated token ({@code ROLE_admin} becomes {@code admin}) to every command
 * sent while handling it, so the aggregates can tell an admin from a member. Commands caused by consumed events carry
 * no roles: they act for the system, and no aggregate asks them for a role.
 */
class CallerRolesInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    private static final String PREFIX = "ROLE_";

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (command.getMetaData().containsKey(CallerRoles.METADATA) || authentication == null) {
                return command;
            }
            String roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                    .filter(authority -> authority.startsWith(PREFIX))
                    .map(authority -> authority.substring(PREFIX.length())).sorted()
                    .collect(Collectors.joining(","));
            return command.andMetaData(java.util.Map.of(CallerRoles.METADATA, roles));
        };
    }
}
