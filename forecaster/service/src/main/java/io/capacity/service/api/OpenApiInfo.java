package io.capacity.service.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Title, description and the bearer security scheme of the generated OpenAPI document ({@code /v3/api-docs}, UI at
 * {@code /swagger-ui.html}). Every operation may send a token: reads need one when the service requires it
 * (tokens.AccessRule), so the document's security is "none or bearer".
 */
@Configuration
public class OpenApiInfo {
    /** The scheme's name in the document. */
    public static final String BEARER = "bearer";

    @Bean
    OpenAPI capacityOpenApi() {
        return new OpenAPI().info(new Info().title("capacity forecasting service").version("v1")
                        .description("Stored series, forecasts and capacity plans. Errors are RFC 9457 problem+json. "
                                + "Requests other than GET, HEAD and OPTIONS need a bearer token of role operate or "
                                + "admin (except POST /api/v1/forecasts, which stores nothing and is a read); reads need one of any role when the service listens beyond loopback or "
                                + "CAPACITY_READS_NEED_TOKEN is true (401 without, 403 when the role is too low)."))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("A token configured with CAPACITY_TOKENS or --tokens-file ('role name secret').")))
                .security(List.of(new SecurityRequirement(), new SecurityRequirement().addList(BEARER)));
    }
}
