package uk.bcf.ledger.query.relay;

import jakarta.servlet.http.HttpServletRequest;
import java.net.http.HttpClient;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Sends a page's write to the command service as the signed-in user and hands back its answer; a refusal comes
 * back as the same {@code Refusal} (kind, field, reason and extensions such as an import's report), for the page to
 * show in words ({@link RelayedRefusals}).
 */
@Component
@EnableConfigurationProperties(CommandServiceProperties.class)
public class CommandRelay {

    private final RestClient client;
    private final RelayCredentials credentials;

    CommandRelay(CommandServiceProperties properties, RelayCredentials credentials) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
        requests.setReadTimeout(properties.timeout());
        this.client = RestClient.builder()
                .baseUrl(properties.url())
                .requestFactory(requests)
                .defaultStatusHandler(status -> status.isError(), RelayedRefusals::raise)
                .build();
        this.credentials = credentials;
    }

    /** Sends the write; a refusal is thrown as the command service's {@code Refusal}. */
    public RelayAnswer send(RelayedWrite write, Authentication caller, HttpServletRequest request) {
        RestClient.RequestBodySpec spec = client.method(write.method())
                .uri(write.path())
                .header(HttpHeaders.AUTHORIZATION, credentials.authorization(caller, request))
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
        if (write.ifMatch() != null && !write.ifMatch().isBlank()) {
            spec.header(HttpHeaders.IF_MATCH, "\"" + write.ifMatch().strip() + "\"");
        }
        if (write.body() != null) {
            spec.contentType(MediaType.APPLICATION_JSON).body(write.body());
        }
        return spec.exchange((sent, response) -> answer(response), true);
    }

    /** Reads from the command service's API as the signed-in user (the user list of the administrators' page). */
    public RelayAnswer read(String path, Authentication caller, HttpServletRequest request) {
        return client.get()
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, credentials.authorization(caller, request))
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .exchange((sent, response) -> answer(response), true);
    }

    /** Uploads a file to an import path, with the form's other fields as request parameters. */
    public RelayAnswer upload(
            String path,
            Map<String, String> parameters,
            String filename,
            byte[] content,
            Authentication caller,
            HttpServletRequest request) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return filename;
            }
        });
        StringBuilder uri = new StringBuilder(path);
        Map<String, Object> variables = new java.util.LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            uri.append(variables.isEmpty() ? '?' : '&')
                    .append(name)
                    .append("={")
                    .append(name)
                    .append('}');
            variables.put(name, value);
        });
        return client.post()
                .uri(uri.toString(), variables)
                .header(HttpHeaders.AUTHORIZATION, credentials.authorization(caller, request))
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts)
                .exchange((sent, response) -> answer(response), true);
    }

    private static RelayAnswer answer(RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse response)
            throws java.io.IOException {
        if (response.getStatusCode().isError()) {
            RelayedRefusals.raise(null, response);
        }
        boolean json = response.getHeaders().getContentLength() != 0
                && response.getHeaders().getContentType() != null;
        return new RelayAnswer(response.getStatusCode().value(), json ? response.bodyTo(Object.class) : null);
    }
}
