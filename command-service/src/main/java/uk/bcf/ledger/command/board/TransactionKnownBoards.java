package uk.bcf.ledger.command.board;

import java.util.HashSet;
import java.util.Set;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The boards already found registered in the current transaction. A board is never unregistered, so once the
 * transaction has seen it, every later command in the same transaction (an import's ledgers, previewed in one
 * transaction and applied in another) may take it as known without asking the database again. Bound to the
 * transaction and dropped when it completes; without a transaction nothing is remembered.
 */
final class TransactionKnownBoards {

    private static final Object KEY = TransactionKnownBoards.class;

    private TransactionKnownBoards() {
    }

    static boolean contains(String code) {
        Set<String> known = current(false);
        return known != null && known.contains(code);
    }

    static void add(String code) {
        Set<String> known = current(true);
        if (known != null) {
            known.add(code);
        }
    }

    @SuppressWarnings("unchecked")
    private static Set<String> current(boolean create) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Set<String> known = (Set<String>) TransactionSynchronizationManager.getResource(KEY);
        if (known == null && create) {
            known = new HashSet<>();
            TransactionSynchronizationManager.bindResource(KEY, known);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
        }
        return known;
    }
}
