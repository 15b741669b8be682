package uk.bcf.archfixtures.ledger.query.board;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A controller as it should be: package-private, with a package-private endpoint. */
@RestController
class BoardFixtureController {

    @GetMapping("/fixtures/boards/quiet")
    List<String> boards() {
        return List.of();
    }
}
