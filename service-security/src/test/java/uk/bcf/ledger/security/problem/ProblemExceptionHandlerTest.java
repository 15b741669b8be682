package uk.bcf.ledger.security.problem;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartException;
import uk.bcf.ledger.shared.refusal.Refusal;
import uk.bcf.ledger.shared.refusal.RefusalKind;

class ProblemExceptionHandlerTest {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new RefusingController())
            .setControllerAdvice(new ProblemExceptionHandler())
            .build();

    @Test
    void answersARefusalWithItsProblem() throws Exception {
        mvc.perform(get("/refuse/NOT_FOUND").accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:bcf-ledger:problem:not-found"))
                .andExpect(jsonPath("$.title").value("Not Found"))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value("board: no board with code 'E09999999'"))
                .andExpect(jsonPath("$.field").value("board"))
                .andExpect(jsonPath("$.reason").value("no board with code 'E09999999'"))
                .andExpect(jsonPath("$.instance").value("/refuse/NOT_FOUND"))
                .andExpect(header().doesNotExist("Retry-After"));
    }

    @Test
    void saysWhenToRetryARefusalWorthRetrying() throws Exception {
        mvc.perform(get("/refuse/NOT_CAUGHT_UP"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(jsonPath("$.type").value("urn:bcf-ledger:problem:not-caught-up"));
    }

    @Test
    void carriesTheExtensionsOfARefusal() throws Exception {
        mvc.perform(get("/import"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:bcf-ledger:problem:import-rejected"))
                .andExpect(jsonPath("$.field").value("file"))
                .andExpect(jsonPath("$.totals.errors").value(1));
    }

    @Test
    void namesTheFieldOfAnUnreadableBody() throws Exception {
        mvc.perform(post("/body").contentType(MediaType.APPLICATION_JSON).content("{\"value\":\"many\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:bcf-ledger:problem:invalid"))
                .andExpect(jsonPath("$.field").value("value"));
        mvc.perform(post("/body").contentType(MediaType.APPLICATION_JSON).content("{"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").doesNotExist());
    }

    @Test
    void refusesABodyOfAMediaTypeTheEndpointDoesNotTake() throws Exception {
        mvc.perform(post("/body").contentType(MediaType.TEXT_PLAIN).content("value=1"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().exists("Accept"))
                .andExpect(jsonPath("$.type").value("urn:bcf-ledger:problem:unsupported-media-type"))
                .andExpect(jsonPath("$.field").value("Content-Type"));
    }

    @Test
    void namesAMissingParameterInTheRefusalVocabulary() throws Exception {
        mvc.perform(get("/typed"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:bcf-ledger:problem:invalid"))
                .andExpect(jsonPath("$.field").value("count"))
                .andExpect(jsonPath("$.reason").value("is required"));
    }

    @Test
    void namesAParameterOfTheWrongTypeAndSaysWhatItMustBe() throws Exception {
        mvc.perform(get("/typed").param("count", "many"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:bcf-ledger:problem:invalid"))
                .andExpect(jsonPath("$.field").value("count"))
                .andExpect(jsonPath("$.reason").value("must be a whole number"));
        mvc.perform(get("/typed").param("count", "1").param("day", "2019-02-30"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("day"))
                .andExpect(jsonPath("$.reason").value("must be a date such as 2019-11-21"));
        mvc.perform(get("/refuse/SOMETHING"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("kind"))
                .andExpect(jsonPath("$.reason").value(containsString("must be one of INVALID,")));
    }

    @Test
    void namesAMissingHeader() throws Exception {
        mvc.perform(get("/header"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:bcf-ledger:problem:invalid"))
                .andExpect(jsonPath("$.field").value("If-Match"))
                .andExpect(jsonPath("$.reason").value("is required"));
    }

    @Test
    void refusesAMultipartBodyThatCannotBeReadAsInvalidNotAsAFailure() throws Exception {
        mvc.perform(get("/multipart"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:bcf-ledger:problem:invalid"))
                .andExpect(jsonPath("$.reason").value(containsString("could not be read")));
    }

    @Test
    void refusesTheLoserOfTwoSimultaneousInsertsAsAConcurrentChange() throws Exception {
        mvc.perform(get("/insert"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:bcf-ledger:problem:concurrent-change"))
                .andExpect(jsonPath("$.field").doesNotExist())
                .andExpect(jsonPath("$.reason").value(containsString("at the same moment")));
    }

    @Test
    void answersAnUnexpectedFailureWithoutItsInsides() throws Exception {
        mvc.perform(get("/fail"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.type").value("urn:bcf-ledger:problem:internal-error"))
                .andExpect(jsonPath("$.reason").value("the request could not be completed; nothing was stored"))
                .andExpect(content().string(not(containsString("select"))));
    }

    @RestController
    static class RefusingController {

        record Body(int value) {}

        @GetMapping("/refuse/{kind}")
        String refuse(@PathVariable RefusalKind kind) {
            throw kind == RefusalKind.NOT_FOUND
                    ? Refusal.notFound("board", "no board with code 'E09999999'")
                    : new Refusal(kind, "awaitPosition", "the read models had not processed position 42 in time");
        }

        @GetMapping("/import")
        String rejectImport() {
            throw new Refusal(
                    RefusalKind.IMPORT_REJECTED, "file", "1 of 2 rows refused", Map.of("totals", Map.of("errors", 1)));
        }

        @PostMapping(path = "/body", consumes = MediaType.APPLICATION_JSON_VALUE)
        int body(@RequestBody Body body) {
            return body.value();
        }

        @GetMapping("/typed")
        String typed(@RequestParam int count, @RequestParam(required = false) LocalDate day) {
            return count + " " + day;
        }

        @GetMapping("/header")
        String header(@RequestHeader("If-Match") String ifMatch) {
            return ifMatch;
        }

        @GetMapping("/multipart")
        String multipart() {
            throw new MultipartException("Failed to parse multipart servlet request");
        }

        @GetMapping("/insert")
        String insert() {
            throw new DuplicateKeyException("duplicate key value violates unique constraint \"user_board_pkey\"");
        }

        @GetMapping("/fail")
        String fail() {
            throw new IllegalStateException("select * from secret failed");
        }
    }
}
