package uk.bcf.ledger.command.access;

import static uk.bcf.ledger.command.access.AccessUsers.BARNET;

import org.junit.jupiter.api.Test;
import uk.bcf.ledger.testsupport.TestUser;

/** A body giving a key twice is refused naming the key, and stores nothing: the last one does not silently win. */
class DuplicateKeysIT extends AccessFixture {

    @Test
    void aKeyGivenTwiceIsRefusedNamingIt() {
        tables.assertRefusedStoringNothing(
                () -> barnetAnalyst.json(
                        "POST",
                        "/api/boards/" + BARNET + "/actuals",
                        "{\"metric\":\"NEL\",\"period\":\"2019-11\",\"value\":1,\"value\":100000}"),
                400,
                "value");
        tables.assertRefusedStoringNothing(
                () -> operator.as(TestUser.ADMIN)
                        .json(
                                "POST",
                                "/api/admin/users",
                                "{\"username\":\"twice\",\"password\":\"a long passphrase here\",\"roles\":[\"VIEWER\"],"
                                        + "\"roles\":[\"ADMIN\"],\"boards\":[\"*\"]}"),
                400,
                "roles");
    }
}
