package io.ledgerline.platform.context;

import java.util.List;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

/**
 * Attaches the caller context of the dispatching thread to every command that does not carry one yet, caused by the
 * request or event being handled.
 */
class CallerMetaDataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            if (command.getMetaData().containsKey(CallerContext.TENANT)) {
                return command;
            }
            return CallerContexts.current()
                    .<CommandMessage<?>>map(context -> command.andMetaData(context.asMetaData()))
                    .orElse(command);
        };
    }
}
