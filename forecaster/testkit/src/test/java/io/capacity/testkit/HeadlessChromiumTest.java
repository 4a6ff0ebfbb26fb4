package io.capacity.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browser check sees what it is for: a page's console errors and its DOM, and it refuses remote addresses. */
class HeadlessChromiumTest {
    @TempDir
    Path dir;

    @Test
    void aConsoleErrorIsSeenAndACleanPageHasNone() throws Exception {
        HeadlessChromium c = new HeadlessChromium(dir);
        Path bad = Files.writeString(dir.resolve("bad.html"), "<html><body><p>x</p><script>console.error('broken "
                + "chart')</script></body></html>");
        HeadlessChromium.Load b = c.load(bad.toUri().toString());
        assertTrue(b.console().stream().anyMatch(l -> l.contains("broken chart")), b.console().toString());
        Path good = Files.writeString(dir.resolve("good.html"), "<html><body><p id='p'>fine</p></body></html>");
        HeadlessChromium.Load g = c.load(good.toUri().toString());
        assertEquals(java.util.List.of(), g.console());
        assertTrue(g.dom().contains("<p id=\"p\">fine</p>"), g.dom());
        assertTrue(Files.size(c.screenshot(good.toUri().toString(), dir.resolve("s.png"), 400, 300)) > 0);
        assertThrows(IllegalArgumentException.class, () -> c.load("https://example.org/"));
    }

    @Test
    void overDevToolsAnImagesWidthAndWithoutJavaScriptTheDomAndAFailedLoadAreSeen() throws Exception {
        HeadlessChromium c = new HeadlessChromium(dir);
        String gif = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7";
        Path page = Files.writeString(dir.resolve("images.html"), "<html><body><img src='" + gif + "'>"
                + "<img src='missing.png'><p id='p'>text</p><script>document.getElementById('p').textContent = "
                + "'scripted'</script></body></html>");
        String url = page.toUri().toString();
        try (DevToolsPage p = c.open(url)) {
            assertEquals("true:1,true:0", p.evaluate("Array.from(document.images).map(i => i.complete + ':' + "
                    + "i.naturalWidth).join(',')"), "a drawn image has a width, a missing one none");
            assertEquals("scripted", p.evaluate("document.getElementById('p').textContent"));
        }
        try (DevToolsPage off = c.openWithoutJavaScript(url)) {
            assertTrue(off.dom().contains("<p id=\"p\">text</p>"), "the script did not run: " + off.dom());
            assertTrue(off.console().stream().anyMatch(l -> l.contains("missing.png")), off.console().toString());
        }
        assertThrows(IllegalArgumentException.class, () -> c.openWithoutJavaScript("https://example.org/"));
    }
}
