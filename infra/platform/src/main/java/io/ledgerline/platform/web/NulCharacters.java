package io.ledgerline.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * NUL is never text here: PostgreSQL cannot store it and answers a query that carries it with an error, so a body
 * string, a path or a query string with it is refused as malformed (400) before anything reads or writes.
 */
final class NulCharacters {

    private static final String MESSAGE = "Text must not contain the NUL character";
    private static final String ENCODED = "%00";

    private NulCharacters() {
    }

    /** Refuses JSON strings with NUL while binding a body. */
    static SimpleModule jsonModule() {
        return new SimpleModule("ledgerline-no-nul").addDeserializer(String.class, new NoNulStrings());
    }

    /** Refuses paths and query strings with an encoded NUL. */
    static HandlerInterceptor interceptor() {
        return new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                String query = request.getQueryString();
                if (request.getRequestURI().contains(ENCODED) || query != null && query.contains(ENCODED)) {
                    throw new BadRequestException(MESSAGE);
                }
                return true;
            }
        };
    }

    private static final class NoNulStrings extends StdScalarDeserializer<String> {

        NoNulStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && text.indexOf('\u0000') >= 0) {
                return (String) context.handleWeirdStringValue(String.class, text, MESSAGE);
            }
            return text;
        }
    }
}
