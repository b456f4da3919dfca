package io.ledgerline.platform.testapp;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Stands for the operations API, which only admins reach. */
@RestController
class OpsController {

    @GetMapping("/api/v1/ops/ping")
    Map<String, String> ping() {
        return Map.of("status", "ok");
    }
}
