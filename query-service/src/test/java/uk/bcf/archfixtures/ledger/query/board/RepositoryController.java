package uk.bcf.archfixtures.ledger.query.board;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.bcf.archfixtures.ledger.query.projection.BoardFixtureRepository;

/** A controller that reads a repository itself: breaks CONTROLLERS_READ_THROUGH_THE_QUERY_BUS. */
@RestController
class RepositoryController {

    private final BoardFixtureRepository boards;

    RepositoryController(BoardFixtureRepository boards) {
        this.boards = boards;
    }

    @GetMapping("/fixtures/boards/direct")
    List<String> boards() {
        return boards.codes();
    }
}
