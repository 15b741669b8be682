package uk.bcf.archfixtures.ledger.query.projection;

import java.util.List;

/** A repository where repositories belong. */
public class BoardFixtureRepository {

    public List<String> codes() {
        return List.of("E09000006");
    }
}
