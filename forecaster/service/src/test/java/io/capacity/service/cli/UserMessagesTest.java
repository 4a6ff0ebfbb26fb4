package io.capacity.service.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Exceptions as users read them: files and values in words, never a Java class or enum constant. */
class UserMessagesTest {
    enum Unit { FRACTION, PERCENT, ABSOLUTE_VALUE }

    @Command(name = "probe")
    static final class Probe implements Callable<Integer> {
        @Option(names = "--unit")
        Unit unit;

        @Option(names = "--count")
        int count;

        @Option(names = "--fail")
        String fail;

        @Override
        public Integer call() throws Exception {
            if ("npe".equals(fail)) {
                Object o = null;
                return o.hashCode();
            }
            if ("io".equals(fail)) {
                throw new UncheckedIOException(new NoSuchFileException("inventory.yaml"));
            }
            if ("blank".equals(fail)) {
                throw new IOException();
            }
            return 0;
        }
    }

    private static String[] run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new Probe());
        cl.setExecutionExceptionHandler(new OneLineErrors());
        cl.setParameterExceptionHandler(new UsageErrors());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        Converters.register(cl);
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new String[] {Integer.toString(code), err.toString().strip()};
    }

    @Test
    void anEnumValueIsListedInTheWordsUsersType() {
        String[] r = run("--unit", "bogus");
        assertEquals("2", r[0]);
        assertEquals("probe: error: --unit: 'bogus' is not one of fraction, percent, absolute-value "
                + "(see 'probe --help')", r[1]);
        assertEquals("0", run("--unit", "percent")[0]);
    }

    @Test
    void aNumberIsAWholeNumberNotAnInt() {
        assertEquals("probe: error: --count: 'ten' is not a whole number (see 'probe --help')", run("--count", "ten")[1]);
        assertEquals("probe: error: --count: '99999999999' is out of range (at most 2147483647) (see 'probe --help')",
                run("--count", "99999999999")[1]);
    }

    @Test
    void aBugSaysSoWithoutTheJavaText() {
        String[] r = run("--fail", "npe");
        assertEquals("1", r[0]);
        assertEquals("probe: error: " + UserMessages.BUG, r[1]);
    }

    @Test
    void aFileProblemNamesTheFileAndWhatIsWrong() {
        assertEquals("probe: error: inventory.yaml: no such file or directory", run("--fail", "io")[1]);
        assertEquals("probe: error: input/output error", run("--fail", "blank")[1]);
        assertEquals("plan.json: permission denied", UserMessages.of(new AccessDeniedException("plan.json")));
    }

    @Test
    void javaNamesAreScrubbedFromOtherwiseUsefulMessages() {
        assertEquals("snaive failed: interval level must be in (0, 100)", UserMessages.of(new IllegalStateException(
                "snaive failed: java.lang.IllegalArgumentException: interval level must be in (0, 100)")));
        assertEquals("'absolute_value' is not one of fraction, percent, absolute-value", UserMessages.of(
                new IllegalArgumentException("No enum constant " + Unit.class.getName() + ".ABSOLUTE_VALUE")));
    }
}
