package io.ledgerline.platform.testapp;

import java.math.BigDecimal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A read with money in it, for the policy tests; the policy decides who reaches it. */
@RestController
class NotePriceController {

    @GetMapping("/api/v1/notes/{noteId}/price")
    NotePrice price(@PathVariable String noteId) {
        return new NotePrice(noteId, new BigDecimal("120.50"), "EUR");
    }
}
