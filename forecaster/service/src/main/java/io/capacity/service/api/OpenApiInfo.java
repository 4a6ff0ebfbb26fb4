package io.capacity.service.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Title and description of the generated OpenAPI document ({@code /v3/api-docs}, UI at {@code /swagger-ui.html}). */
@Configuration
public class OpenApiInfo {
    @Bean
    OpenAPI capacityOpenApi() {
        return new OpenAPI().info(new Info().title("capacity forecasting service").version("v1")
                .description("Stored series, forecasts and capacity plans. Errors are RFC 9457 problem+json."));
    }
}
