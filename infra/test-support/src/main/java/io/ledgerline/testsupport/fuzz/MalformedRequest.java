package io.ledgerline.testsupport.fuzz;

/**
 * One broken request: the operation it targets, how it was broken ({@code what} says where and with which value),
 * and what goes on the wire. {@code body} is sent as is (null: no body); {@code contentType} and {@code accept} are
 * sent when not null.
 */
public record MalformedRequest(String operation, Mutation mutation, String what, String method, String target,
                               String contentType, String accept, String body) {

    @Override
    public String toString() {
        String shown = body == null ? "" : " body=" + (body.length() > 300
                ? body.substring(0, 300) + "...(" + body.length() + " chars)" : body);
        return mutation + " on " + operation + " [" + what + "]: " + method + " "
                + (target.length() > 300 ? target.substring(0, 300) + "..." : target)
                + (contentType == null ? "" : " Content-Type=" + contentType)
                + (accept == null ? "" : " Accept=" + accept) + shown;
    }
}
