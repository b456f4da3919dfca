package io.ledgerline.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Import;

/** The shared HTTP error conventions. */
@AutoConfiguration
@Import({ProblemDetailsAdvice.class, ProblemRequestIdAdvice.class})
public class WebConfiguration {
}
