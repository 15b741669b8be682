package uk.bcf.archfixtures.ledger.query.signoff;

import java.util.List;

/** A repository in a feature package: breaks REPOSITORIES_LIVE_IN_PROJECTION. */
public class StrayRepository {

    public List<String> quarters() {
        return List.of("2019-20-Q1");
    }
}
