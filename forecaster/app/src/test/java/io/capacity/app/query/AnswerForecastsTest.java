package io.capacity.app.query;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.app.MutableClock;
import io.capacity.app.RequestProblem;
import io.capacity.app.StoreAccess;
import io.capacity.app.series.SelectionText;
import io.capacity.schema.Point;
import io.capacity.store.MetricStore;
import io.capacity.store.StoreConfig;
import io.capacity.store.open.Stores;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The forecast query use case on a real embedded store, with a hand-moved clock: computed, cached, fresh again. */
class AnswerForecastsTest {
    private static final Instant END = Instant.parse("2026-03-02T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aRepeatedQueryIsCachedUntilNewerDataOrANewSeriesShowsUp() {
        MutableClock clock = new MutableClock(END.plusSeconds(60));
        try (MetricStore store = Stores.open(StoreConfig.embedded(dir))) {
            write(store, "web1", 0, 24 * 14);
            AnswerForecasts answers = new AnswerForecasts(StoreAccess.shared(store), clock, Optional::empty, 100);
            ForecastQuery q = query("cpu", null);

            Answer first = answers.answer(q).forecasts().get(0);
            assertEquals(Source.COMPUTED, first.source());
            assertEquals(END.minus(Duration.ofHours(1)), first.dataUntil());
            assertEquals(6, first.forecast().horizon());
            assertEquals(Source.CACHED, answers.answer(q).forecasts().get(0).source());

            // A newer point: computed again, from it.
            store.write(List.of(point("web1", 41, END.plusSeconds(30))));
            Answer fresh = answers.answer(q).forecasts().get(0);
            assertEquals(Source.COMPUTED, fresh.source());
            assertEquals(END.plusSeconds(30), fresh.dataUntil());

            // A new series joins the selection once its listing is older than the TTL.
            write(store, "web2", 0, 24 * 14);
            assertEquals(1, answers.answer(q).forecasts().size());
            clock.advance(AnswerForecasts.LISTING_TTL);
            List<Answer> both = answers.answer(q).forecasts();
            assertEquals(2, both.size());
            assertEquals(Source.CACHED, both.get(0).source());
            assertEquals(Source.COMPUTED, both.get(1).source());

            // Summed per host tag value... of which each host has one: the group is its single member.
            Answers groups = answers.answer(query("cpu", "host"));
            assertEquals(List.of("cpu,host=web1 usage_user", "cpu,host=web2 usage_user"),
                    groups.forecasts().stream().map(Answer::id).toList());
            Answer group = groups.forecasts().get(0);
            assertEquals(new Answer.Group("host", "web1"), group.group());
            assertEquals(Source.COMPUTED, group.source(), "a group is not the series that shares its key");
            assertArrayEquals(both.get(0).forecast().mean(), group.forecast().mean(), 1e-9);

            assertThrows(NoSuchSeries.class, () -> answers.answer(query("disk", null)));
            RequestProblem p = assertThrows(RequestProblem.class, () -> answers.answer(new ForecastQuery(
                    SelectionText.parse("cpu"), "cpu", null, 6, Duration.ofHours(1), "oracle", null, 24)));
            assertTrue(p.render(k -> k).startsWith("model oracle"), p.getMessage());
        }
    }

    @Test
    void twoIdenticalRequestsArrivingTogetherComputeOnce() throws Exception {
        MutableClock clock = new MutableClock(END.plusSeconds(60));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (HeldReads store = new HeldReads(Stores.open(StoreConfig.embedded(dir)))) {
            write(store, "web1", 0, 24 * 14);
            AnswerForecasts answers = new AnswerForecasts(StoreAccess.shared(store), clock, Optional::empty, 100);
            ForecastQuery q = query("cpu", null);
            store.hold();
            Future<Answers> first = pool.submit(() -> answers.answer(q));
            assertTrue(store.entered.await(60, TimeUnit.SECONDS), "the first request reads its series");
            Future<Answers> second = pool.submit(() -> answers.answer(q));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (answers.shared() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertEquals(1, answers.shared(), "the second waits for the first's computation");
            store.release();
            Answer a = first.get(60, TimeUnit.SECONDS).forecasts().get(0);
            Answer b = second.get(60, TimeUnit.SECONDS).forecasts().get(0);
            assertEquals(1, answers.computed(), "computed once for both");
            assertEquals(Source.COMPUTED, a.source());
            assertEquals(Source.CACHED, b.source());
            assertArrayEquals(a.forecast().mean(), b.forecast().mean(), 0);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theServicesOwnOutputTheAgentsCountersAndLinkSpeedsAreNeverForecast() {
        MutableClock clock = new MutableClock(END.plusSeconds(60));
        try (MetricStore store = Stores.open(StoreConfig.embedded(dir))) {
            write(store, "web1", 0, 24 * 14);
            long t = END.minus(Duration.ofHours(2)).getEpochSecond() * 1_000_000_000L;
            store.write(List.of(
                    Point.of("capacity_headroom", Map.of("cluster", "c1", "dimension", "cpu"), "usage", 12.0, t),
                    Point.of("capacity_plan_states", Map.of("state", "pending"), "plans", 1.0, t),
                    Point.of("capacity_agent", Map.of("host", "web1"), "points_written", 10.0, t),
                    Point.of("net", Map.of("host", "web1", "interface", "eth0"), "speed", 25000.0, t)));
            AnswerForecasts answers = new AnswerForecasts(StoreAccess.shared(store), clock, Optional::empty, 100);

            assertEquals(List.of("cpu,host=web1 usage_user"),
                    answers.answer(query("*", null)).forecasts().stream().map(Answer::id).toList());
            assertThrows(NoSuchSeries.class, () -> answers.answer(query("capacity_headroom", null)));
        }
    }

    @Test
    void queriesAreCheckedBeforeAnythingIsRead() {
        assertThrows(RequestProblem.class, () -> query(0));
        assertThrows(RequestProblem.class, () -> query(ForecastQuery.MAX_HORIZON + 1));
        assertEquals(24, ForecastQuery.dailySeason(Duration.ofHours(1)));
        assertEquals(96, ForecastQuery.dailySeason(Duration.ofMinutes(15)));
        assertEquals(1, ForecastQuery.dailySeason(Duration.ofDays(1)));
        assertEquals(1, ForecastQuery.dailySeason(Duration.ofMinutes(7)));
        assertEquals(List.of(80.0, 95.0), ForecastQuery.checkLevels(List.of(95.0, 80.0)));
        for (List<Double> bad : List.of(List.<Double>of(), List.of(0.0), List.of(100.0), List.of(Double.NaN),
                List.of(80.0, 80.0), List.of(10.0, 20.0, 30.0, 40.0, 50.0, 60.0))) {
            assertThrows(RequestProblem.class, () -> ForecastQuery.checkLevels(bad), bad.toString());
        }
    }

    private static ForecastQuery query(int horizon) {
        return new ForecastQuery(SelectionText.parse("cpu"), "cpu", null, horizon, Duration.ofHours(1), null, null, 24);
    }

    private static ForecastQuery query(String selection, String aggregate) {
        return new ForecastQuery(SelectionText.parse(selection), selection, aggregate, 6, Duration.ofHours(1), "snaive",
                null, 24);
    }

    private static void write(MetricStore store, String host, int from, int hours) {
        List<Point> points = new ArrayList<>();
        for (int i = from; i < hours; i++) {
            points.add(point(host, 40 + 10 * Math.sin(2 * Math.PI * (i % 24) / 24),
                    END.minus(Duration.ofHours(hours - i))));
        }
        store.write(points);
    }

    private static Point point(String host, double v, Instant t) {
        return Point.of("cpu", Map.of("host", host), "usage_user", v, t.getEpochSecond() * 1_000_000_000L);
    }
}
