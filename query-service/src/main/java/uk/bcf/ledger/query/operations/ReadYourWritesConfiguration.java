package uk.bcf.ledger.query.operations;

import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts {@link AwaitPositionInterceptor} in front of every read of the API and the pages, and documents its two
 * parameters on every read operation of the OpenAPI document, since no controller method declares them.
 */
@Configuration(proxyBeanMethods = false)
class ReadYourWritesConfiguration implements WebMvcConfigurer {

    private final ProjectionProgress progress;

    ReadYourWritesConfiguration(ProjectionProgress progress) {
        this.progress = progress;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AwaitPositionInterceptor(progress)).addPathPatterns("/", "/api/**", "/boards/**");
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
