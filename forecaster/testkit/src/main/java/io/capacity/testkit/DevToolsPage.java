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
import java.util.concurrent.TimeUnit;
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
    private static final Pattern STRING_VALUE = Pattern.compile("\"type\":\"string\",\"value\":\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final String url;
    private volatile WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<String>> waiting = new ConcurrentHashMap<>();

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
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            stop(p);
            throw new AssertionError("cannot attach to chromium's page: " + e, e);
        } catch (RuntimeException | AssertionError e) {
            stop(p);
            throw e;
        }
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
        Matcher m = STRING_VALUE.matcher(reply);
        if (m.find()) {
            return unescape(m.group(1));
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
        socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true);
        try {
            return answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
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
                    if (m.find()) {
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

    private static String unescape(String s) {
        return s.replace("\\\"", "\"").replace("\\n", "\n").replace("\\\\", "\\");
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static void stop(Process p) {
        if (p != null) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            try {
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
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
