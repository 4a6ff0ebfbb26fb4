package io.capacity.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Debian's {@code chromium}, headless, for checking a page as a person sees it: it loads a local file or a
 * loopback URL with every background network feature off and host names resolving nowhere, in a fresh profile, so
 * it never reaches anything beyond the machine.
 */
public final class HeadlessChromium {
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    /**
     * One page load.
     *
     * @param dom     the DOM after loading (its {@code --dump-dom})
     * @param console the console messages the page logged (errors, refused or failed loads)
     */
    public record Load(String dom, List<String> console) {
    }

    private final Path chromium;
    private final Path work;

    /** Chromium working under {@code work} (profiles, logs); fails naming the package when it is missing. */
    public HeadlessChromium(Path work) {
        this.chromium = Processes.require("chromium", "chromium");
        this.work = work;
    }

    /** Loads {@code url} (a {@code file:} or loopback address) and returns its DOM and console messages. */
    public Load load(String url) {
        return dump(command(url, "--dump-dom", "--enable-logging=stderr", "--v=0", "--log-level=0"), url);
    }

    private Load dump(List<String> command, String url) {
        Processes.Result r = Processes.run(command, work, TIMEOUT);
        r.ok(List.of("chromium", url));
        List<String> console = new ArrayList<>();
        for (String line : r.stderr().split("\n")) {
            if (line.contains(":CONSOLE")) {
                console.add(line.strip());
            }
        }
        return new Load(r.stdout(), console);
    }

    /**
     * Opens {@code url} in a Chromium driven over its DevTools protocol on a loopback port, to evaluate expressions
     * on the loaded page ({@link DevToolsPage#evaluate}); close it to end Chromium.
     */
    public DevToolsPage open(String url) {
        return DevToolsPage.start(command(url, "--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1"),
                url, work);
    }

    /**
     * Opens {@code url} with JavaScript off ({@code --blink-settings=scriptEnabled=false}), as a reader who turned it
     * off sees it: the page's DOM ({@link DevToolsPage#dom}) and console ({@link DevToolsPage#console}) are read
     * through DevTools, since neither a DOM dump nor an evaluation runs without scripts.
     */
    public DevToolsPage openWithoutJavaScript(String url) {
        command(url);
        DevToolsPage page = DevToolsPage.start(command("about:blank", "--blink-settings=scriptEnabled=false",
                "--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1"), "about:blank", work);
        try {
            page.navigate(url);
            return page;
        } catch (RuntimeException | AssertionError e) {
            page.close();
            throw e;
        }
    }

    /** A {@code width} x {@code height} screenshot of {@code url} as PNG at {@code png}. */
    public Path screenshot(String url, Path png, int width, int height) {
        Processes.run(command(url, "--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
                "--hide-scrollbars"), work, TIMEOUT).ok(List.of("chromium --screenshot", url));
        if (!Files.isRegularFile(png)) {
            throw new AssertionError("chromium wrote no screenshot at " + png);
        }
        return png;
    }

    private List<String> command(String url, String... extra) {
        if (!url.startsWith("file:") && !url.startsWith("http://127.0.0.1:") && !url.startsWith("http://localhost:")
                && !url.equals("about:blank")) {
            throw new IllegalArgumentException("only local files and loopback addresses are loaded, not " + url);
        }
        List<String> c = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--disable-default-apps", "--no-default-browser-check",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
                "--user-data-dir=" + work.resolve("profile-" + System.nanoTime()).toAbsolutePath()));
        c.addAll(List.of(extra));
        c.add(url);
        return c;
    }
}
