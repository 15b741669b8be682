package uk.bcf.ledger.command.board;

import java.util.HashSet;
import java.util.Set;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The boards already found registered in the current transaction. A board is never unregistered, so once the
 * transaction has seen it, every later command in the same transaction (an import's ledgers, previewed in one
 * transaction and applied in another) may take it as known without asking the database again. Bound to the
 * transaction as one of its resources and, being its synchronisation too, unbound when it completes; without a
 * transaction nothing is remembered.
 */
final class TransactionKnownBoards implements TransactionSynchronization {

    private static final Object KEY = TransactionKnownBoards.class;

    private final Set<String> codes = new HashSet<>();

    private TransactionKnownBoards() {}

    static boolean contains(String code) {
        TransactionKnownBoards known = current(false);
        return known != null && known.codes.contains(code);
    }

    static void add(String code) {
        TransactionKnownBoards known = current(true);
        if (known != null) {
            known.codes.add(code);
        }
    }

    @Override
    public void afterCompletion(int status) {
        TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
    }

    private static TransactionKnownBoards current(boolean create) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        TransactionKnownBoards known = (TransactionKnownBoards) TransactionSynchronizationManager.getResource(KEY);
        if (known == null && create) {
            known = new TransactionKnownBoards();
            TransactionSynchronizationManager.bindResource(KEY, known);
            TransactionSynchronizationManager.registerSynchronization(known);
        }
        return known;
    }
}
