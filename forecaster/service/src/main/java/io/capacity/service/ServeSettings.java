package io.capacity.service;

import io.capacity.app.actions.BookSettings;
import io.capacity.service.pipeline.PipelineConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What {@code serve} runs besides the store and the agent, in one place: where it listens, more Spring properties
 * ({@code --name=value}, such as where the tokens are), the simulated fleet of {@code --demo} (null: none), the
 * inventory {@code POST /api/v1/plans} and each pipeline run plan from (null: the demo's under {@code --demo}, else
 * none, and that endpoint says how to give one) and the plan book's
 * settings, and the scheduled pipeline (null: none).
 */
public record ServeSettings(int port, String bind, List<String> spring, DemoOptions demo, Path inventory,
                            BookSettings book, PipelineConfig pipeline) {
    public ServeSettings {
        Objects.requireNonNull(bind, "bind");
        spring = List.copyOf(spring);
        book = book == null ? BookSettings.DEFAULTS : book;
    }

    public static ServeSettings of(int port, String bind) {
        return new ServeSettings(port, bind, List.of(), null, null, BookSettings.DEFAULTS, null);
    }

    public ServeSettings withSpring(String... settings) {
        List<String> all = new ArrayList<>(spring);
        all.addAll(List.of(settings));
        return new ServeSettings(port, bind, all, demo, inventory, book, pipeline);
    }

    public ServeSettings withDemo(DemoOptions d) {
        return new ServeSettings(port, bind, spring, d, inventory, book, pipeline);
    }

    public ServeSettings withInventory(Path p) {
        return new ServeSettings(port, bind, spring, demo, p, book, pipeline);
    }

    public ServeSettings withBook(BookSettings b) {
        return new ServeSettings(port, bind, spring, demo, inventory, b, pipeline);
    }

    public ServeSettings withPipeline(PipelineConfig p) {
        return new ServeSettings(port, bind, spring, demo, inventory, book, p);
    }
}
