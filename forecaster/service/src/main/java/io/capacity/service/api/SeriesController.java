package io.capacity.service.api;

import io.capacity.app.series.ListSeries;
import io.capacity.app.series.ListSeriesRequest;
import io.capacity.app.series.SeriesPage;
import io.capacity.schema.SeriesKey;
import io.capacity.store.MetricStore;
import io.capacity.store.SeriesFilter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code GET /api/v1/series}: the stored series, optionally filtered by measurement, field and tags, a page at a
 * time ({@link ListSeries}). The body stays the array it has always been; the page is described in headers, as
 * GitHub's API does: {@code X-Total-Count} (series matching in all) and, when more follow, {@code Link: <...>;
 * rel="next"} with a keyset {@code cursor}. When the store answers from a list it reads in the background
 * (InfluxDB), the {@code Age} header says how many seconds old that list is.
 */
@RestController
@RequestMapping("/api/v1/series")
public class SeriesController {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private final MetricStore store;

    public SeriesController(MetricStore store) {
        this.store = store;
    }

    /** A single {@code tag} value stays whole: Spring would otherwise split it at commas, which tag values hold. */
    @InitBinder
    void wholeValues(WebDataBinder binder) {
        binder.registerCustomEditor(String[].class, new StringArrayPropertyEditor(null, false, false));
    }

    @Operation(summary = "List stored series, a page at a time",
            description = "Sorted by canonical key. The body is an array of series; X-Total-Count says how many "
                    + "match in all and, when more follow, the Link header's rel=\"next\" is the next page's URL "
                    + "(path and query). Unknown or repeated parameters are refused with 400.")
    @ApiResponse(responseCode = "200", description = "one page of series", headers = {
            @Header(name = "X-Total-Count", description = "series matching the filters in all"),
            @Header(name = "Link", description = "<next page>; rel=\"next\" while more follow"),
            @Header(name = "Age", description = "seconds since the store's series list was read (InfluxDB)")})
    @ApiResponse(responseCode = "400", description = "a bad or unknown parameter (problem+json)")
    @ApiResponse(responseCode = "503", description = "the store did not answer (problem+json)")
    @GetMapping
    public List<SeriesView> list(
            @Parameter(description = "only this measurement") @RequestParam(required = false) String measurement,
            @Parameter(description = "only this field") @RequestParam(required = false) String field,
            @Parameter(description = "key=value, repeatable, all must match; the value is everything after the "
                    + "first '=', commas included") @RequestParam(required = false) String[] tag,
            @Parameter(description = "series per page, 1 to " + MAX_LIMIT + " (default " + DEFAULT_LIMIT + ")")
            @RequestParam(required = false) String limit,
            @Parameter(description = "where the page starts: the cursor of the previous page's Link rel=\"next\"; "
                    + "leave out for the first page") @RequestParam(required = false) String cursor,
            HttpServletRequest request, HttpServletResponse response) {
        SortedMap<String, String> tags = TagParams.parse(tag == null ? List.of() : List.of(tag));
        int size = QueryValues.whole("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        ListSeriesRequest r = ListSeriesRequest.DEFAULTS.withFilter(new SeriesFilter(measurement, field, tags))
                .withPage(0, size).withAfter(SeriesCursor.key(cursor));
        SeriesPage page = new ListSeries(store).run(r);
        response.setHeader("X-Total-Count", Integer.toString(page.total()));
        if (page.more()) {
            SeriesKey last = page.keys().get(page.keys().size() - 1);
            String next = UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                    .replaceQueryParam("cursor", SeriesCursor.after(last.toString())).build().toUriString();
            response.setHeader("Link", "<" + next + ">; rel=\"next\"");
        }
        store.seriesListedAt().ifPresent(at -> response.setHeader("Age",
                Long.toString(Math.max(0, Duration.between(at, Instant.now()).toSeconds()))));
        return page.keys().stream().map(SeriesView::of).toList();
    }
}
