package io.ledgerline.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Import;

/** The shared HTTP error conventions; registered before Boot's own problem handler, which then stands aside. */
@AutoConfiguration(beforeName = "org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration")
@Import({ProblemDetailsAdvice.class, ProblemRequestIdAdvice.class})
public class WebConfiguration {
}
