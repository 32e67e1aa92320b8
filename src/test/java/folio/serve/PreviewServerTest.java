package folio.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import folio.TestSite;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's loop: edit, see the page reload; break a reference, see the error; fix it. */
class PreviewServerTest {
    @TempDir
    Path dir;
    private TestSite site;
    private PreviewServer server;
    private final HttpClient client = HttpClient.newHttpClient();
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws IOException {
        site = TestSite.minimal(dir).file("content/index.md", "---\ntitle: Home\n---\nFirst version.\n")
                .file("content/other.md", "---\ntitle: Other\n---\nOther page.\n");
        server = PreviewServer.start(site.project(), false, 0, new PrintStream(new ByteArrayOutputStream(), true),
                new PrintStream(errors, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Subscribes to the live-reload stream; each event name arrives on the queue. */
    private BlockingQueue<String> events() throws Exception {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "_folio/events")).build();
        // Async: on a response that has already arrived, thenAccept would run the endless read here.
        client.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAcceptAsync(response ->
                response.body().forEach(line -> {
                    if (line.startsWith("event: ")) {
                        queue.add(line.substring(7));
                    } else if (line.startsWith("data: ")) {
                        queue.add("data " + line.substring(6));
                    }
                }));
        assertEquals("ok", nextEvent(queue), "the current state arrives on connect");
        return queue;
    }

    /** As {@link #events()}, whatever the state on connect (the first item on the queue). */
    private BlockingQueue<String> subscribe() {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "_folio/events")).build();
        // Async: on a response that has already arrived, thenAccept would run the endless read here.
        client.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAcceptAsync(response ->
                response.body().forEach(line -> {
                    if (line.startsWith("event: ")) {
                        queue.add(line.substring(7));
                    } else if (line.startsWith("data: ")) {
                        queue.add("data " + line.substring(6));
                    }
                }));
        return queue;
    }

    private static String nextEvent(BlockingQueue<String> queue) throws InterruptedException {
        String item;
        do {
            item = queue.poll(10, TimeUnit.SECONDS);
            assertNotNull(item, "no event within 10 s");
        } while (item.startsWith("data "));
        return item;
    }

    @Test
    void servesPagesWithTheReloadScript() throws Exception {
        HttpResponse<String> home = get("/");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("First version."));
        assertTrue(home.body().contains("<script src=\"/_folio/reload.js\" defer></script>"));
        assertEquals(200, get("/other/").statusCode());
        assertEquals(301, get("/other").statusCode());
        assertEquals(404, get("/missing/").statusCode());
        assertTrue(get("/_folio/reload.js").body().contains("EventSource"));
    }

    @Test
    void editReloadsBreakShowsErrorFixClears() throws Exception {
        BlockingQueue<String> queue = events();
        long started = System.nanoTime();
        site.file("content/index.md", "---\ntitle: Home\n---\nSecond version.\n");
        assertEquals("reload", nextEvent(queue));
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("PreviewServerTest: edit to reload event took " + millis + " ms");
        assertTrue(get("/").body().contains("Second version."));

        site.file("content/index.md", "---\ntitle: Home\n---\nSee [[page:nowhere]].\n");
        assertEquals("error", nextEvent(queue));
        String data = queue.poll(5, TimeUnit.SECONDS);
        assertTrue(data != null && data.contains("content/index.md:4:5: error: unknown page 'nowhere'"), data);
        assertTrue(get("/").body().contains("Second version."), "the last good build is still served");
        assertTrue(errors.toString(StandardCharsets.UTF_8).contains("content/index.md:4:5"));

        site.file("content/index.md", "---\ntitle: Home\n---\nFixed [[page:other]].\n");
        assertEquals("reload", nextEvent(queue));
        assertTrue(get("/").body().contains("Fixed <a class=\"ref ref-page\""));
    }

    @Test
    void aMissingTranslationIsAWarningInTheOverlayNotAFailedBuild() throws Exception {
        BlockingQueue<String> queue = events();
        site.file("content/site.yaml", TestSite.CONFIG + "languages:\n  uk: {}\n");
        site.file("content/other.uk.md", "---\ntitle: Інша\n---\nІнша сторінка.\n");
        assertEquals("reload", nextEvent(queue), "warnings do not fail the build");
        // A reloaded page is told the state on connect; the two edits may take one rebuild or two.
        String state = "";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!state.contains("content/other.uk.md") && System.nanoTime() < deadline) {
            BlockingQueue<String> reloaded = subscribe();
            StringBuilder data = new StringBuilder(nextEvent(reloaded)).append('\n');
            for (String item = reloaded.poll(2, TimeUnit.SECONDS); item != null && item.startsWith("data ");
                 item = reloaded.poll(200, TimeUnit.MILLISECONDS)) {
                data.append(item.substring(5)).append('\n');
            }
            state = data.toString();
        }
        assertTrue(state.startsWith("warning\n"), state);
        assertTrue(state.contains("content/index.md:1: warning: no uk translation of this page: add content/index.uk.md"), state);
        assertTrue(state.contains("content/other.uk.md:1: warning: uk translation of this page is not stamped"), state);
        assertTrue(get("/").body().contains("First version."));
    }

    @Test
    void survivesACrashingBuildAndRebuildsAfterTheFix() throws Exception {
        BlockingQueue<String> queue = events();
        for (Throwable crash : new Throwable[] {new StackOverflowError(), new OutOfMemoryError("Java heap space"),
            new IllegalStateException("boom")}) {
            server.builder = options -> {
                if (crash instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) crash;
            };
            site.file("content/index.md", "---\ntitle: Home\n---\nCrashing " + crash.getClass().getSimpleName() + ".\n");
            assertEquals("error", nextEvent(queue));
            String data = queue.poll(5, TimeUnit.SECONDS);
            assertTrue(data != null && data.contains("internal error while building (" + crash.getClass().getSimpleName()), data);
            assertTrue(errors.toString(StandardCharsets.UTF_8).contains(crash.getClass().getSimpleName()));
            assertTrue(get("/").body().contains("First version."), "the last good build is still served");
        }
        server.builder = folio.Build::run;
        site.file("content/index.md", "---\ntitle: Home\n---\nFixed at last.\n");
        assertEquals("reload", nextEvent(queue));
        assertTrue(get("/").body().contains("Fixed at last."));
    }

    @Test
    void aDeeplyNestedFileIsAnErrorAndTheNextSaveRebuilds() throws Exception {
        BlockingQueue<String> queue = events();
        site.file("content/index.md", "---\ntitle: Home\n---\n" + "*".repeat(5000) + "x" + "*".repeat(5000) + "\n");
        assertEquals("error", nextEvent(queue));
        String data = queue.poll(5, TimeUnit.SECONDS);
        assertTrue(data != null && data.contains("content/index.md:4:") && data.contains("nested more than"), data);
        site.file("content/index.md", "---\ntitle: Home\n---\nFlat again.\n");
        assertEquals("reload", nextEvent(queue));
        assertTrue(get("/").body().contains("Flat again."));
    }

    @Test
    void bindsTheLoopbackAddressOnly() throws Exception {
        assertTrue(server.address().getAddress().isLoopbackAddress(), "bound to " + server.address());
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            assertTrue(socket.isConnected());
        }
    }

    @Test
    void isNotReachableFromAnotherInterface() throws Exception {
        InetAddress external = firstNonLoopbackAddress();
        assumeTrue(external != null, "this machine has no non-loopback IPv4 address to try a connection from;"
                + " bindsTheLoopbackAddressOnly checks the bound address");
        boolean connected;
        try (Socket socket = new Socket(external, server.port())) {
            connected = true;
        } catch (IOException e) {
            connected = false;
        }
        assertFalse(connected, "reachable on " + external);
    }

    private static InetAddress firstNonLoopbackAddress() throws IOException {
        var interfaces = java.net.NetworkInterface.getNetworkInterfaces();
        while (interfaces.hasMoreElements()) {
            var addresses = interfaces.nextElement().getInetAddresses();
            while (addresses.hasMoreElements()) {
                InetAddress address = addresses.nextElement();
                if (!address.isLoopbackAddress() && address instanceof java.net.Inet4Address) {
                    return address;
                }
            }
        }
        return null;
    }

    @Test
    void refusesPathsOutsideTheSite() throws Exception {
        for (String path : new String[] {"/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc/passwd",
                "/%252e%252e/etc/passwd", "/a/..\\..\\x", "/%00", "/about/../../x"}) {
            String status = rawRequest(path);
            assertTrue(status.startsWith("HTTP/1.1 403") || status.startsWith("HTTP/1.1 400"), path + " -> " + status);
        }
        assertTrue(rawRequest("/etc/passwd").startsWith("HTTP/1.1 404"), "an absolute path is looked up inside the site");
        assertTrue(rawRequest("//etc/passwd").startsWith("HTTP/1.1 404"), "so is a doubled slash");
    }

    @Test
    void answersOnlyToTheNamesOfThisMachine() throws Exception {
        // A web site that points its own name at 127.0.0.1 (DNS rebinding) must not read the preview from a browser.
        for (String host : new String[] {"evil.example", "evil.example:" + server.port(), "127.0.0.1.evil.example",
                "localhost.evil.example", "192.168.1.5"}) {
            String status = rawRequest("/", host);
            assertTrue(status.startsWith("HTTP/1.1 403"), host + " -> " + status);
        }
        for (String host : new String[] {"127.0.0.1", "127.0.0.1:" + server.port(), "localhost:" + server.port(), "LOCALHOST",
                "[::1]:" + server.port()}) {
            String status = rawRequest("/", host);
            assertTrue(status.startsWith("HTTP/1.1 200"), host + " -> " + status);
        }
    }

    /** Sends the path exactly as written, without a client normalising it first. */
    private String rawRequest(String path) throws IOException {
        return rawRequest(path, "127.0.0.1");
    }

    private String rawRequest(String path, String host) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            int end = response.indexOf("\r\n");
            return end < 0 ? response : response.substring(0, end);
        }
    }
}
