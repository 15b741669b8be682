package uk.bcf.archfixtures.ledger.query.board;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A public controller with a public endpoint: breaks CONTROLLERS_ARE_PACKAGE_PRIVATE and ENDPOINTS_ARE_PACKAGE_PRIVATE. */
@RestController
public class PublicBoardController {

    @GetMapping("/fixtures/boards")
    public List<String> boards() {
        return List.of();
    }
}
