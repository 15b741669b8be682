package uk.bcf.ledger.command.idempotency;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored answers of requests sent with an {@code Idempotency-Key}, per caller: each user's keys are its own. */
@Repository
public class IdempotentRequestRepository {

    /** A stored answer: the fingerprint of the request that produced it and its result as JSON. */
    record StoredAnswer(String requestFingerprint, String result) {}

    private final JdbcClient jdbc;

    public IdempotentRequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredAnswer> find(String caller, String key) {
        return jdbc.sql(
                        "select request_fingerprint, result from command_side.idempotent_request where caller = ? and idempotency_key = ?")
                .params(caller, key)
                .query(StoredAnswer.class)
                .optional();
    }

    /** Stores the answer; fails with a duplicate-key error if the same key was stored concurrently. */
    void store(String caller, String key, String requestFingerprint, String result) {
        jdbc.sql(
                        "insert into command_side.idempotent_request (caller, idempotency_key, request_fingerprint, result) values (?, ?, ?, ?)")
                .params(caller, key, requestFingerprint, result)
                .update();
    }
}
