package io.capacity.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page open in headless Chromium, driven over the DevTools protocol on a loopback port (Chromium's own
 * {@code --remote-debugging-port}, a WebSocket): for what a page's DOM dump cannot show, such as whether its images
 * loaded ({@code naturalWidth}). Evaluating an expression is the test's, not the page's: it works on a page that
 * has no script of its own and a content security policy that forbids inline ones. Closing it ends Chromium and its
 * children.
 */
public final class DevToolsPage implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://127\\.0\\.0\\.1:(\\d+)/\\S+)");
    private static final Pattern PAGE_SOCKET = Pattern.compile(
            "\"type\"\\s*:\\s*\"page\"[^}]*?\"webSocketDebuggerUrl\"\\s*:\\s*\"(ws://127\\.0\\.0\\.1:[^\"]+)\"");
    private static final Pattern ID = Pattern.compile("^\\{\"id\":(\\d+),");
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final String url;
    private volatile WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<String>> waiting = new ConcurrentHashMap<>();
    private final CompletableFuture<Void> loaded = new CompletableFuture<>();
    private final List<String> console = new java.util.concurrent.CopyOnWriteArrayList<>();

    private DevToolsPage(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    /** Starts {@code command} (Chromium with {@code --remote-debugging-port=0} and the page's URL) and attaches. */
    static DevToolsPage start(List<String> command, String url, Path work) {
        Process p = null;
        try {
            Files.createDirectories(work);
            Path err = Files.createTempFile(work, "devtools", ".txt");
            p = new ProcessBuilder(command).directory(work.toFile()).redirectInput(ProcessBuilder.Redirect.from(
                    new java.io.File("/dev/null"))).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(err.toFile()).start();
            int port = port(p, err);
            HttpClient http = HttpClient.newHttpClient();
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (true) {
                String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                        .build(), HttpResponse.BodyHandlers.ofString()).body();
                Matcher m = PAGE_SOCKET.matcher(list);
                if (m.find()) {
                    DevToolsPage page = new DevToolsPage(p, url);
                    page.socket = http.newWebSocketBuilder().buildAsync(URI.create(m.group(1)), page.listener())
                            .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                    return page;
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("chromium opened no page: " + list);
                }
                Thread.sleep(100);
            }
        } catch (IOException e) {
            stop(p);
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            stop(p);
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted starting chromium", e);
        } catch (ExecutionException | TimeoutException e) {
            stop(p);
            throw new AssertionError("cannot attach to chromium's page: " + e, e);
        } catch (RuntimeException | AssertionError e) {
            stop(p);
            throw e;
        }
    }

    /**
     * Loads {@code url} in this page (opened on {@code about:blank}) and waits for its load event, with the console's
     * entries recorded from the start ({@link #console()}): for a page whose scripts are off, where nothing can be
     * evaluated to see that it loaded.
     */
    void navigate(String target) {
        if (loaded.isDone()) {
            throw new IllegalStateException("a page navigates once");
        }
        send("Page.enable", "{}");
        send("Log.enable", "{}");
        send("Page.navigate", "{\"url\":\"" + escape(target) + "\"}");
        try {
            loaded.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("chromium did not load " + target + " within " + TIMEOUT, e);
        }
    }

    /** The console's entries since {@link #navigate} (errors, refused or failed loads), as DevTools sent them. */
    public List<String> console() {
        return List.copyOf(console);
    }

    /** The page's DOM as HTML, read through DevTools' DOM domain (which needs no script on the page). */
    public String dom() {
        Matcher node = Pattern.compile("\"root\":\\{\"nodeId\":(\\d+)").matcher(send("DOM.getDocument", "{}"));
        if (!node.find()) {
            throw new AssertionError("chromium gave no document");
        }
        String html = stringField(send("DOM.getOuterHTML", "{\"nodeId\":" + node.group(1) + "}"), "outerHTML");
        if (html == null) {
            throw new AssertionError("chromium gave no HTML for the document");
        }
        return html;
    }

    /**
     * The string {@code expression} evaluates to once the page has loaded (its URL the one opened, and
     * {@code document.readyState} complete),
     * e.g. {@code Array.from(document.images).map(i => i.naturalWidth).join(',')}.
     */
    public String evaluate(String expression) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        send("Runtime.enable", "{}");
        String at;
        while (!("complete " + url).equals(at = call("document.readyState + ' ' + location.href", true))) {
            if (at != null && at.contains("chrome-error:")) {
                throw new AssertionError("chromium could not load " + url);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the page did not finish loading within " + TIMEOUT + " (it is at "
                        + call("document.readyState + ' ' + location.href", true) + ")");
            }
            sleep();
        }
        return call(expression, false);
    }

    /**
     * The string {@code expression} evaluates to; null when the page has no context to evaluate it in yet and
     * {@code early} (while it loads).
     */
    private String call(String expression, boolean early) {
        String reply = send("Runtime.evaluate", "{\"expression\":\"" + escape(expression)
                + "\",\"returnByValue\":true}");
        String value = reply.contains("\"type\":\"string\"") ? stringField(reply, "value") : null;
        if (value != null) {
            return value;
        }
        if (early && reply.contains("\"error\"")) {
            return null;
        }
        throw new AssertionError("'" + expression + "' gave no string: " + reply);
    }

    /** Sends a DevTools command and returns its reply. */
    private String send(String method, String params) {
        int id = ids.incrementAndGet();
        CompletableFuture<String> answer = new CompletableFuture<>();
        waiting.put(id, answer);
        try {
            // One send at a time: a send while another is outstanding fails in its future, not by a throw.
            socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true)
                    .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            return answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("no answer from chromium to " + method + ": " + e, e);
        } finally {
            waiting.remove(id);
        }
    }

    private WebSocket.Listener listener() {
        StringBuilder message = new StringBuilder();
        return new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                message.append(data);
                if (last) {
                    String text = message.toString();
                    message.setLength(0);
                    Matcher m = ID.matcher(text);
                    if (text.startsWith("{\"method\":\"Page.loadEventFired\"")) {
                        loaded.complete(null);
                    } else if (text.startsWith("{\"method\":\"Log.entryAdded\"")) {
                        console.add(text);
                    } else if (m.find()) {
                        CompletableFuture<String> f = waitingFor(Integer.parseInt(m.group(1)));
                        if (f != null) {
                            f.complete(text);
                        }
                    }
                }
                ws.request(1);
                return null;
            }
        };
    }

    private CompletableFuture<String> waitingFor(int id) {
        return waiting.get(id);
    }

    private static int port(Process p, Path err) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher m = LISTENING.matcher(Files.readString(err, StandardCharsets.UTF_8));
            if (m.find()) {
                return Integer.parseInt(m.group(2));
            }
            if (!p.isAlive()) {
                throw new AssertionError("chromium ended: " + Files.readString(err, StandardCharsets.UTF_8));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("chromium opened no DevTools port within " + TIMEOUT);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    /** The text of the first string field {@code name} in {@code json}; null when there is none. */
    private static String stringField(String json, String name) {
        String key = "\"" + name + "\":\"";
        int from = json.indexOf(key);
        if (from < 0) {
            return null;
        }
        from += key.length();
        int i = from;
        while (i < json.length() && json.charAt(i) != '"') {
            i += json.charAt(i) == '\\' ? 2 : 1;
        }
        return i < json.length() ? unescape(json.substring(from, i)) : null;
    }

    /** A JSON string's content as text. */
    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                out.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /**
     * Ends Chromium and waits for every process it started, not only the browser: a helper (crash handler, renderer)
     * still writing into the profile after the browser exits kept a test's temporary directory from being deleted.
     * The helpers are listed before the browser goes, since an orphan is no longer its descendant.
     */
    private static void stop(Process p) {
        if (p == null) {
            return;
        }
        List<ProcessHandle> helpers = p.descendants().toList();
        helpers.forEach(ProcessHandle::destroy);
        p.destroy();
        try {
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly().waitFor();
            }
            for (ProcessHandle h : helpers) {
                try {
                    h.onExit().get(5, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    h.destroyForcibly();
                    h.onExit().get(5, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("a Chromium process did not end: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            socket.abort();
        }
        stop(process);
    }
}
