package uk.bcf.ledger.command.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.bcf.ledger.shared.command.RecordPopulationCommand;
import uk.bcf.ledger.shared.command.RegisterBoardCommand;
import uk.bcf.ledger.shared.figure.FigureVersion;

/** Registers boards and records their population denominators. */
@RestController
@RequestMapping("/api/boards")
class BoardController {

    private final CommandGateway commands;

    BoardController(CommandGateway commands) {
        this.commands = commands;
    }

    record RegisterBoardRequest(String code, String name) {
    }

    record PopulationRequest(Integer year, String ageBand, Long count, String source) {
    }

    @PostMapping
    ResponseEntity<FigureVersionResponse> register(@RequestBody RegisterBoardRequest body, HttpServletRequest request) {
        String code = RequestFields.required("code", body.code());
        commands.sendAndWait(new RegisterBoardCommand(code, RequestFields.required("name", body.name()), RequestAuthor.of(request)));
        return ResponseEntity.created(URI.create("/api/boards/" + code))
                .body(new FigureVersionResponse(code, "board", null, null, 1, code, 0));
    }

    @PostMapping("/{code}/populations")
    ResponseEntity<FigureVersionResponse> recordPopulation(@PathVariable String code, @RequestBody PopulationRequest body,
                                                           HttpServletRequest request) {
        FigureVersion stored = commands.sendAndWait(new RecordPopulationCommand(code,
                RequestFields.required("year", body.year()), RequestFields.required("ageBand", body.ageBand()),
                RequestFields.required("count", body.count()), body.source(), RequestAuthor.of(request)));
        return ResponseEntity.created(URI.create("/api/boards/" + code + "/populations/" + body.year()))
                .body(FigureVersionResponse.of(code, "population", null, String.valueOf(body.year()), stored));
    }
}
