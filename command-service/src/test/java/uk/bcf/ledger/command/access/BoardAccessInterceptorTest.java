package uk.bcf.ledger.command.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import uk.bcf.ledger.command.imports.ImportFiguresCommand;
import uk.bcf.ledger.command.imports.ImportMode;
import uk.bcf.ledger.security.BoardScope;
import uk.bcf.ledger.security.Caller;
import uk.bcf.ledger.security.Role;
import uk.bcf.ledger.shared.command.RecordActualCommand;
import uk.bcf.ledger.shared.command.RecordPopulationCommand;
import uk.bcf.ledger.shared.command.RegisterBoardCommand;
import uk.bcf.ledger.shared.command.SignOffQuarterCommand;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.period.Periods;
import uk.bcf.ledger.shared.refusal.Refusal;
import uk.bcf.ledger.shared.refusal.RefusalKind;

/**
 * Every command is checked against the caller it was sent for, whatever path it came by: no caller, no command; a
 * caller's command is recorded in the caller's own name and must be within the caller's roles and boards.
 */
class BoardAccessInterceptorTest {

    private static final String BROMLEY = "E09000006";
    private static final String BARNET = "E09000003";
    private static final Caller BROMLEY_ANALYST = new Caller("bromley-analyst", Set.of(Role.ANALYST), scope(BROMLEY));
    private static final Caller BROMLEY_VIEWER = new Caller("bromley-viewer", Set.of(Role.VIEWER), scope(BROMLEY));
    private static final Caller ADMIN = new Caller("admin", Set.of(Role.ADMIN), scope());
    private static final Caller NATIONAL_ANALYST =
            new Caller("national", Set.of(Role.ANALYST, Role.AUDITOR), scope(BoardScope.ALL_BOARDS));

    private final BoardAccessInterceptor interceptor = new BoardAccessInterceptor();

    @Test
    void aCommandSentWithoutACallerIsForbidden() {
        assertForbidden(GenericCommandMessage.asCommandMessage(actual(BROMLEY, "bromley-analyst")), null);
    }

    @Test
    void anAnalystRecordsFiguresOfItsOwnBoardInItsOwnName() throws Exception {
        assertThat(handle(BROMLEY_ANALYST, actual(BROMLEY, BROMLEY_ANALYST.name())))
                .isEqualTo("handled");
        assertThat(handle(BROMLEY_ANALYST, signOff(BROMLEY, BROMLEY_ANALYST.name())))
                .isEqualTo("handled");
        assertThat(handle(NATIONAL_ANALYST, actual(BARNET, NATIONAL_ANALYST.name())))
                .isEqualTo("handled");
    }

    @Test
    void aCommandRecordedInAnotherNameIsForbiddenNamingRecordedBy() {
        assertForbidden(sentBy(BROMLEY_ANALYST, actual(BROMLEY, "someone-else")), "recordedBy");
        assertForbidden(sentBy(ADMIN, new RegisterBoardCommand(BARNET, "Barnet", "system")), "recordedBy");
    }

    @Test
    void anAnalystOfAnotherBoardIsForbiddenEveryBoardCommand() {
        assertForbidden(sentBy(BROMLEY_ANALYST, actual(BARNET, BROMLEY_ANALYST.name())), null);
        assertForbidden(sentBy(BROMLEY_ANALYST, signOff(BARNET, BROMLEY_ANALYST.name())), null);
        assertForbidden(sentBy(BROMLEY_ANALYST, population(BARNET, BROMLEY_ANALYST.name())), null);
        assertForbidden(
                sentBy(
                        BROMLEY_ANALYST,
                        new ImportFiguresCommand(
                                BARNET,
                                "NEL",
                                Periods.financialYear("2019-20"),
                                List.of(),
                                null,
                                ImportMode.PREVIEW,
                                BROMLEY_ANALYST.name())),
                null);
    }

    @Test
    void aViewerSendsNoCommandAtAll() {
        assertForbidden(sentBy(BROMLEY_VIEWER, actual(BROMLEY, BROMLEY_VIEWER.name())), null);
        assertForbidden(sentBy(BROMLEY_VIEWER, population(BROMLEY, BROMLEY_VIEWER.name())), null);
    }

    @Test
    void onlyAnAdministratorRegistersBoardsAndAnAdministratorRecordsNoFigures() throws Exception {
        assertThat(handle(ADMIN, new RegisterBoardCommand(BARNET, "Barnet", ADMIN.name())))
                .isEqualTo("handled");
        assertThat(handle(ADMIN, population(BARNET, ADMIN.name()))).isEqualTo("handled");
        assertThat(handle(BROMLEY_ANALYST, population(BROMLEY, BROMLEY_ANALYST.name())))
                .isEqualTo("handled");
        assertForbidden(
                sentBy(NATIONAL_ANALYST, new RegisterBoardCommand(BARNET, "Barnet", NATIONAL_ANALYST.name())), null);
        assertForbidden(sentBy(ADMIN, actual(BARNET, ADMIN.name())), null);
    }

    @Test
    void aCommandOfNoKnownKindIsForbidden() {
        assertForbidden(sentBy(ADMIN, "drop everything"), null);
    }

    @Test
    void theCallerTravelsAsMetaDataAndUnknownRolesInItGrantNothing() {
        assertThat(CallerMetaData.callerOf(MetaData.from(CallerMetaData.of(BROMLEY_ANALYST))))
                .contains(BROMLEY_ANALYST);
        assertThat(CallerMetaData.callerOf(MetaData.from(CallerMetaData.of(NATIONAL_ANALYST))))
                .contains(NATIONAL_ANALYST);
        assertThat(CallerMetaData.callerOf(
                        MetaData.from(Map.of(CallerMetaData.NAME, "x", CallerMetaData.ROLES, "SUPERUSER,ROOT"))))
                .hasValueSatisfying(caller -> assertThat(caller.roles()).isEmpty());
        assertThat(CallerMetaData.callerOf(MetaData.emptyInstance())).isEmpty();
    }

    private Object handle(Caller caller, Object command) throws Exception {
        return handle(sentBy(caller, command));
    }

    private Object handle(CommandMessage<?> command) throws Exception {
        DefaultUnitOfWork<CommandMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(command);
        try {
            return interceptor.handle(unitOfWork, () -> "handled");
        } finally {
            unitOfWork.rollback();
        }
    }

    private void assertForbidden(CommandMessage<?> command, String field) {
        assertThatThrownBy(() -> handle(command)).isInstanceOfSatisfying(Refusal.class, refusal -> {
            assertThat(refusal.kind()).isEqualTo(RefusalKind.FORBIDDEN);
            assertThat(refusal.field()).isEqualTo(field);
        });
    }

    private static CommandMessage<?> sentBy(Caller caller, Object command) {
        return GenericCommandMessage.asCommandMessage(command).andMetaData(CallerMetaData.of(caller));
    }

    private static RecordActualCommand actual(String board, String recordedBy) {
        return new RecordActualCommand(
                board,
                "NEL",
                Periods.parse("2019-04"),
                new Measurement(BigDecimal.ONE, null, null, null, null, null, null),
                "SUS",
                recordedBy,
                null);
    }

    private static SignOffQuarterCommand signOff(String board, String recordedBy) {
        return new SignOffQuarterCommand(
                board, Periods.parse("2019-20-Q1"), LocalDate.parse("2019-07-18"), "the board", recordedBy);
    }

    private static RecordPopulationCommand population(String board, String recordedBy) {
        return new RecordPopulationCommand(board, 2019, "65+", 57_626, "ONS", recordedBy);
    }

    private static BoardScope scope(String... boards) {
        return BoardScope.of(List.of(boards));
    }
}
