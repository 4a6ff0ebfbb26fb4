package io.capacity.service.api;

import io.capacity.app.StoreAccess;
import io.capacity.app.query.AdHocForecast;
import io.capacity.app.query.AnswerForecasts;
import io.capacity.service.json.ForecastJson;
import io.capacity.service.pipeline.PipelineStatus;
import io.capacity.store.MetricStore;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JacksonModule;

/**
 * The forecasts API's use cases on the service's store and pipeline (whose stored forecasts and cached choices it
 * serves once the pipeline has started), and the forecast document's serializers on Spring's JSON mapper.
 */
@Configuration
public class ForecastsConfig {
    @Bean
    AnswerForecasts answerForecasts(MetricStore store, PipelineStatus pipeline) {
        return new AnswerForecasts(StoreAccess.shared(store), Clock.systemUTC(), pipeline::pipeline,
                AnswerForecasts.CACHE_SIZE);
    }

    @Bean
    AdHocForecast adHocForecast() {
        return new AdHocForecast(Clock.systemUTC());
    }

    @Bean
    JacksonModule forecastJson() {
        return ForecastJson.module();
    }
}
