package uk.bcf.archfixtures.ledger.query.projection;

import uk.bcf.archfixtures.ledger.query.signoff.SignOffFixtureView;

/** A table writer that knows a feature's view: breaks PROJECTION_DEPENDS_ON_NO_FEATURE. */
public final class FeatureAwareWriter {

    public String write(SignOffFixtureView view) {
        return view.quarter();
    }
}
