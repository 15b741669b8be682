package uk.bcf.archfixtures.ledger.query.board;

import java.util.Date;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import uk.bcf.archfixtures.ledger.query.projection.BoardFixtureRepository;

/** A bean with an injected field and a {@code java.util.Date}: breaks NO_FIELD_INJECTION and NO_LEGACY_DATES. */
@Component
public class FieldInjectedBean {

    @Autowired
    private BoardFixtureRepository boards;

    public Date checkedAt() {
        return new Date(0);
    }
}
