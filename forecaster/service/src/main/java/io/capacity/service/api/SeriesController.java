package io.capacity.service.api;

import io.capacity.schema.SeriesKey;
import io.capacity.store.MetricStore;
import io.capacity.store.SeriesFilter;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SortedMap;
import org.springframework.beans.propertyeditors.StringArrayPropertyEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/series}: the stored series, optionally filtered by measurement, field and tags. When the store
 * answers from a list it reads in the background (InfluxDB), the {@code Age} header says how many seconds old
 * that list is.
 */
@RestController
@RequestMapping("/api/v1/series")
public class SeriesController {
    private final MetricStore store;
    /** The views of the last unfiltered list, reused while the store hands back that same list. */
    private volatile Rendered lastAll = new Rendered(List.of(), List.of());

    private record Rendered(List<SeriesKey> keys, List<SeriesView> views) {
    }

    public SeriesController(MetricStore store) {
        this.store = store;
    }

    /** A single {@code tag} value stays whole: Spring would otherwise split it at commas, which tag values hold. */
    @InitBinder
    void wholeValues(WebDataBinder binder) {
        binder.registerCustomEditor(String[].class, new StringArrayPropertyEditor(null, false, false));
    }

    /**
     * @param tag repeated {@code key=value} tag filters, all of which must match; the value is everything after the
     *            first {@code =}, commas included
     */
    @GetMapping
    public List<SeriesView> list(@RequestParam(required = false) String measurement,
                                 @RequestParam(required = false) String field,
                                 @RequestParam(required = false) String[] tag,
                                 HttpServletResponse response) {
        SortedMap<String, String> tags = TagParams.parse(tag == null ? List.of() : List.of(tag));
        List<SeriesKey> keys = store.series(new SeriesFilter(measurement, field, tags));
        List<SeriesView> views;
        Rendered last = lastAll;
        if (keys == last.keys()) {
            views = last.views();
        } else {
            views = keys.stream().map(SeriesView::of).toList();
            if (measurement == null && field == null && tags.isEmpty()) {
                lastAll = new Rendered(keys, views);
            }
        }
        store.seriesListedAt().ifPresent(at -> response.setHeader("Age",
                Long.toString(Math.max(0, Duration.between(at, Instant.now()).toSeconds()))));
        return views;
    }
}
