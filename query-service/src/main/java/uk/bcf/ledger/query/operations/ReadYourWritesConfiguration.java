package uk.bcf.ledger.query.operations;

import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import java.time.Duration;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts {@link AwaitPositionInterceptor}, with its {@link ProcessedPositionWatch}, in front of every read of the API
 * and the pages, and documents its two
 * parameters on every read operation of the OpenAPI document, since no controller method declares them.
 */
@Configuration(proxyBeanMethods = false)
class ReadYourWritesConfiguration implements WebMvcConfigurer {

    private final ProcessedPositionWatch watch;

    /**
     * @param maxWaiters   how many reads may wait for a position at once ({@code bcf.read-your-writes.max-waiters})
     * @param pollInterval how often the one poller reads the token store while reads wait
     */
    ReadYourWritesConfiguration(
            ProjectionProgress progress,
            @Value("${bcf.read-your-writes.max-waiters:16}") int maxWaiters,
            @Value("${bcf.read-your-writes.poll-interval:10ms}") Duration pollInterval) {
        this.watch = new ProcessedPositionWatch(progress, maxWaiters, pollInterval);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AwaitPositionInterceptor(watch)).addPathPatterns("/", "/api/**", "/boards/**");
    }

    @Bean
    ProcessedPositionWatch processedPositionWatch() {
        return watch;
    }

    @Bean
    OperationCustomizer awaitPositionParameters() {
        return (operation, handlerMethod) -> {
            if (handlerMethod.hasMethodAnnotation(GetMapping.class)) {
                operation.addParametersItem(new QueryParameter()
                        .name(AwaitRequest.POSITION)
                        .schema(new IntegerSchema())
                        .description("answer only once the read models have processed the event at this global "
                                + "index (the position a write was answered with); 503 if not within awaitTimeout"));
                operation.addParametersItem(new QueryParameter()
                        .name(AwaitRequest.TIMEOUT)
                        .schema(new StringSchema())
                        .description("how long to wait for awaitPosition, an ISO-8601 duration such as PT2S; default "
                                + AwaitRequest.DEFAULT_TIMEOUT_TEXT + ", at most " + AwaitRequest.MAX_TIMEOUT_TEXT));
            }
            return operation;
        };
    }
}
