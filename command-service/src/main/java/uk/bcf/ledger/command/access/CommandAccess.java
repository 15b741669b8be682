package uk.bcf.ledger.command.access;

import uk.bcf.ledger.security.AccessPolicy;
import uk.bcf.ledger.security.Caller;
import uk.bcf.ledger.security.Role;
import uk.bcf.ledger.shared.command.AmendMetricCommand;
import uk.bcf.ledger.shared.command.BoardCommand;
import uk.bcf.ledger.shared.command.DefineMetricCommand;
import uk.bcf.ledger.shared.command.RecordPopulationCommand;
import uk.bcf.ledger.shared.command.RegisterBoardCommand;
import uk.bcf.ledger.shared.command.RetireMetricCommand;
import uk.bcf.ledger.shared.refusal.Refusal;

/** Which {@link AccessPolicy} rule each command answers to, and that it is recorded in its caller's own name. */
final class CommandAccess {

    private CommandAccess() {}

    static void check(Caller caller, Object command) {
        if (command instanceof RegisterBoardCommand registration) {
            require(AccessPolicy.mayRegisterBoards(caller), "only an administrator registers boards");
            requireOwnName(caller, registration.recordedBy());
        } else if (command instanceof RecordPopulationCommand population) {
            require(
                    AccessPolicy.mayRecordPopulations(caller, population.boardCode()),
                    "populations of board " + population.boardCode()
                            + " are recorded by an administrator or the board's analysts");
            requireOwnName(caller, population.recordedBy());
        } else if (command instanceof DefineMetricCommand definition) {
            require(caller.has(Role.ADMIN), "only an administrator defines metrics");
            requireOwnName(caller, definition.recordedBy());
        } else if (command instanceof AmendMetricCommand amendment) {
            require(caller.has(Role.ADMIN), "only an administrator amends metrics");
            requireOwnName(caller, amendment.recordedBy());
        } else if (command instanceof RetireMetricCommand retirement) {
            require(caller.has(Role.ADMIN), "only an administrator retires metrics");
            requireOwnName(caller, retirement.recordedBy());
        } else if (command instanceof BoardCommand boardCommand) {
            require(
                    AccessPolicy.mayRecordFigures(caller, boardCommand.boardCode()),
                    "only analysts of board " + boardCommand.boardCode()
                            + " record its figures, commentary and sign-offs");
            requireOwnName(caller, boardCommand.recordedBy());
        } else {
            throw Refusal.forbidden(
                    null, "no caller may send " + command.getClass().getSimpleName() + " over this service");
        }
    }

    private static void require(boolean allowed, String reason) {
        if (!allowed) {
            throw Refusal.forbidden(null, reason);
        }
    }

    private static void requireOwnName(Caller caller, String recordedBy) {
        if (!caller.name().equals(recordedBy)) {
            throw Refusal.forbidden("recordedBy", "a command is recorded in the name of the signed-in user only");
        }
    }
}
