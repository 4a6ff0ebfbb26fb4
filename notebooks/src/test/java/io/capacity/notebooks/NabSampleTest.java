package io.capacity.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.app.series.ListSeries;
import io.capacity.app.series.ListSeriesRequest;
import io.capacity.app.series.SelectionText;
import io.capacity.store.MetricStore;
import io.capacity.store.StoreConfig;
import io.capacity.store.io.ImportReport;
import io.capacity.store.open.Stores;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NabSampleTest {
    private static final Path NAB = Path.of("../../shared/data/nab");

    @TempDir
    Path tmp;

    @Test
    void importsTheFirstCpuFilesTaggedAsTheReadmeImportsThem() {
        List<Path> files = NabSample.cpuFiles(NAB, 2);
        assertEquals(List.of("ec2_cpu_utilization_24ae8d.csv", "ec2_cpu_utilization_53ea38.csv"),
                files.stream().map(f -> f.getFileName().toString()).toList());
        try (MetricStore store = Stores.open(StoreConfig.embedded(tmp))) {
            ImportReport r = NabSample.importCpu(store, files);
            assertTrue(r.ok());
            assertEquals(4032, r.files().get(0).pointsWritten(), "as the README's import of the same file");
            List<String> keys = new ListSeries(store).run(ListSeriesRequest.DEFAULTS.withFilter(
                    SelectionText.parse(NabSample.SELECTION))).keys().stream().map(Object::toString).toList();
            assertEquals(List.of("cpu,host=ec2-24ae8d,source=nab usage_percent",
                    "cpu,host=ec2-53ea38,source=nab usage_percent"), keys);
        }
    }

    @Test
    void aFolderWithoutCpuFilesIsNamed() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> NabSample.cpuFiles(tmp, 1));
        assertTrue(e.getMessage().contains("realAWSCloudwatch"), e.getMessage());
    }
}
