package io.ledgerline.billing.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The answers of document downloads: a PDF to show inline, an XML to save, each with its file name. */
final class Downloads {

    private Downloads() {
    }

    /** 200 with a PDF shown in the browser as {@code <name>.pdf}. */
    static ResponseEntity.BodyBuilder pdf(String name) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + ".pdf\"");
    }

    /** 200 with an XRechnung XML saved as {@code <name>-xrechnung.xml}. */
    static ResponseEntity.BodyBuilder xRechnung(String name) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "-xrechnung.xml\"");
    }
}
