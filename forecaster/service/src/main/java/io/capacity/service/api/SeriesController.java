package io.capacity.service.api;

import io.capacity.store.MetricStore;
import io.capacity.store.SeriesFilter;
import java.util.List;
import java.util.SortedMap;
import org.springframework.beans.propertyeditors.StringArrayPropertyEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/series}: the stored series, optionally filtered by measurement, field and tags. */
@RestController
@RequestMapping("/api/v1/series")
public class SeriesController {
    private final MetricStore store;

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
                                 @RequestParam(required = false) String[] tag) {
        SortedMap<String, String> tags = TagParams.parse(tag == null ? List.of() : List.of(tag));
        return store.series(new SeriesFilter(measurement, field, tags)).stream().map(SeriesView::of).toList();
    }
}
