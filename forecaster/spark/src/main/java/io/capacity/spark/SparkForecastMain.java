package io.capacity.spark;

import org.apache.spark.sql.SparkSession;

/**
 * {@code spark-submit --class io.capacity.spark.SparkForecastMain capacity-spark-VERSION.jar --input ... --output
 * ... --horizon H ...}: the job on the cluster spark-submit names. A bad argument is one line on stderr (exit 2);
 * {@code CAPACITY_DEBUG=1} adds the stack trace.
 */
public final class SparkForecastMain {
    private SparkForecastMain() {
    }

    public static void main(String[] args) {
        JobSettings s;
        try {
            s = JobArgs.parse(args);
            JobModel.of(s);
        } catch (IllegalArgumentException e) {
            System.err.println(message(e));
            if (System.getenv("CAPACITY_DEBUG") != null && System.getenv("CAPACITY_DEBUG").equals("1")) {
                e.printStackTrace();
            }
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("capacity forecast").getOrCreate();
        try {
            ForecastJob.Summary sum = ForecastJob.run(spark, s);
            System.out.printf("forecast %d series (%d with an error) in %.1f s -> %s%n", sum.series(), sum.failed(),
                    sum.seconds(), s.output());
        } finally {
            spark.stop();
        }
    }

    /**
     * The job with {@link #main}'s arguments on a session the caller holds (the tests' local[2]): the same parsing
     * and job as {@code spark-submit} runs.
     */
    public static ForecastJob.Summary run(SparkSession spark, String... args) {
        return ForecastJob.run(spark, JobArgs.parse(args));
    }

    /** The problem as the user reads it: an application-layer problem names its options as flags. */
    static String message(IllegalArgumentException e) {
        if (e instanceof io.capacity.app.RequestProblem p) {
            return p.render(k -> "--" + k.replace('_', '-'));
        }
        return e.getMessage();
    }
}
