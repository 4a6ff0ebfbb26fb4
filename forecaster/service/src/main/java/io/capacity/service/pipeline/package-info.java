/**
 * The scheduled pipeline inside {@code serve}: {@link PipelineScheduler} runs {@code app.pipeline.ForecastPipeline}
 * on a schedule (never two runs at once, one catch-up run at start when a run was missed), counts each run on
 * {@code /actuator/prometheus} and shows the last one on {@code /actuator/info}.
 */
package io.capacity.service.pipeline;
