package uk.bcf.ledger.query.workbench;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import uk.bcf.ledger.query.http.RequestParameters;
import uk.bcf.ledger.query.relay.CommandRelay;
import uk.bcf.ledger.query.relay.RelayAnswer;
import uk.bcf.ledger.shared.refusal.Refusal;
import uk.bcf.ledger.shared.refusal.RefusalKind;

/**
 * A pooled budget's CSV upload in three steps, as the figures' upload ({@link ImportPageController}): choose a file;
 * see the command service's dry run of {@code POST /api/boards/{code}/pool/{fy}/imports} as a table (every row new,
 * changed, unchanged or refused, and why); then apply it or cancel. The previewed file travels with the "apply" form,
 * so what is applied is exactly what was previewed; a file refused as it is applied shows the refusal's rows.
 */
@Controller
class PoolImportPageController {

    private final CommandRelay relay;

    PoolImportPageController(CommandRelay relay) {
        this.relay = relay;
    }

    @GetMapping("/boards/{code}/pool/{fy}/imports")
    String chooseFile(@PathVariable String code, @PathVariable String fy, Model model) {
        model.addAttribute("board", code);
        model.addAttribute("year", RequestParameters.financialYear(fy).code());
        model.addAttribute("errors", new ErrorSummary());
        return "pool-import-choose";
    }

    @PostMapping("/boards/{code}/pool/{fy}/imports")
    String preview(
            @PathVariable String code,
            @PathVariable String fy,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String reason,
            Authentication caller,
            HttpServletRequest request,
            Model model)
            throws IOException {
        String year = RequestParameters.financialYear(fy).code();
        model.addAttribute("board", code);
        model.addAttribute("year", year);
        if (file == null || file.isEmpty()) {
            model.addAttribute("errors", new ErrorSummary().add("file", "Choose a CSV file to upload"));
            return "pool-import-choose";
        }
        String content = new String(file.getBytes(), StandardCharsets.UTF_8);
        String filename = file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename();
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("dryRun", "true");
        if (reason != null && !reason.isBlank()) {
            parameters.put("reason", reason.strip());
        }
        model.addAttribute("reason", reason);
        return report(code, year, content, filename, parameters, caller, request, model, "pool-import-preview");
    }

    @PostMapping("/boards/{code}/pool/{fy}/imports/apply")
    String apply(
            @PathVariable String code,
            @PathVariable String fy,
            @RequestParam String content,
            @RequestParam(defaultValue = "upload.csv") String filename,
            @RequestParam(required = false) String reason,
            Authentication caller,
            HttpServletRequest request,
            Model model) {
        String year = RequestParameters.financialYear(fy).code();
        model.addAttribute("board", code);
        model.addAttribute("year", year);
        Map<String, String> parameters = new LinkedHashMap<>();
        if (reason != null && !reason.isBlank()) {
            parameters.put("reason", reason.strip());
        }
        return report(code, year, content, filename, parameters, caller, request, model, "pool-import-applied");
    }

    private String report(
            String code,
            String year,
            String content,
            String filename,
            Map<String, String> parameters,
            Authentication caller,
            HttpServletRequest request,
            Model model,
            String view) {
        Map<String, Object> report;
        try {
            RelayAnswer answer = relay.upload(
                    "/api/boards/" + code + "/pool/" + year + "/imports",
                    parameters,
                    filename,
                    content.getBytes(StandardCharsets.UTF_8),
                    caller,
                    request);
            report = answer.fields();
        } catch (Refusal refusal) {
            if (refusal.kind() != RefusalKind.IMPORT_REJECTED) {
                throw refusal;
            }
            report = new LinkedHashMap<>(refusal.extensions());
            model.addAttribute("refusal", refusal.reason());
            view = "pool-import-preview";
        }
        model.addAttribute("report", report);
        model.addAttribute("rows", rows(report));
        model.addAttribute("content", content);
        model.addAttribute("filename", filename);
        model.addAttribute("errors", new ErrorSummary());
        return view;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Map<String, Object> report) {
        return report.get("rows") instanceof List<?> rows ? (List<Map<String, Object>>) rows : List.of();
    }
}
