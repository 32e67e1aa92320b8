package folio.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import folio.Build;
import folio.diag.Diagnostic;
import folio.project.Project;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code folio serve}: builds the site in memory, serves it on 127.0.0.1 only, watches content/
 * and templates/, rebuilds on a change and tells open pages to reload (or shows the build
 * errors over the page). The last good build keeps being served while the input is broken.
 */
public final class PreviewServer implements AutoCloseable {
    private static final String HEAD_INJECTION = "<link rel=\"stylesheet\" href=\"/_folio/overlay.css\">"
            + "<script src=\"/_folio/reload.js\" defer></script>";

    private final Project project;
    private final boolean drafts;
    private final PrintStream out;
    private final PrintStream err;
    private final HttpServer server;
    private final ExecutorService requests = Executors.newCachedThreadPool(daemon("folio-http"));
    private final ScheduledExecutorService pings = Executors.newSingleThreadScheduledExecutor(daemon("folio-ping"));
    private final LiveReload liveReload = new LiveReload();
    private final Build.Cache cache = new Build.Cache();
    private final String baseUrl;
    private volatile SiteSnapshot snapshot = SiteSnapshot.empty();
    private ChangeWatcher watcher;
    private final AtomicInteger waitingRebuilds = new AtomicInteger();
    private final Thread warmUpThread = daemon("folio-warm-up").newThread(this::warmUp);

    private PreviewServer(Project project, boolean drafts, int port, PrintStream out, PrintStream err) throws IOException {
        this.project = project;
        this.drafts = drafts;
        this.out = out;
        this.err = err;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        this.baseUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        server.setExecutor(requests);
        server.createContext("/", this::handle);
    }

    /** Starts the server and the watcher and makes the first build; returns at once. */
    public static PreviewServer start(Project project, boolean drafts, int port, PrintStream out, PrintStream err)
            throws IOException {
        PreviewServer preview = new PreviewServer(project, drafts, port, out, err);
        preview.rebuild("start");
        preview.watcher = ChangeWatcher.start(java.util.List.of(project.content(), project.templates()),
                preview::rebuild);
        preview.server.start();
        preview.pings.scheduleAtFixedRate(preview.liveReload::ping, 15, 15, TimeUnit.SECONDS);
        preview.warmUpThread.start();
        return preview;
    }

    /** The command: serves until Ctrl-C. Returns the exit code. */
    public static int serve(Project project, String baseUrl, boolean drafts, int port, PrintStream out, PrintStream err) {
        if (!Files.isDirectory(project.content()) || !Files.isDirectory(project.templates())) {
            err.println("folio: serve needs " + project.display(project.content()) + "/ and "
                    + project.display(project.templates()) + "/: run it from the project folder or pass --content and --templates");
            return 2;
        }
        if (baseUrl != null) {
            err.println("folio: note: serve ignores --base-url; pages are served from the preview address");
        }
        PreviewServer preview;
        try {
            preview = start(project, drafts, port, out, err);
        } catch (BindException e) {
            err.println("folio: port " + port + " on 127.0.0.1 is in use: stop the other server or pass --port N");
            return 2;
        } catch (IOException e) {
            err.println("folio: cannot start the preview server: " + e.getMessage());
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            preview.close();
            out.println("folio: preview server stopped");
            stopped.countDown();
        }, "folio-shutdown"));
        out.println("folio: serving " + preview.baseUrl() + " (watching " + project.display(project.content()) + "/ and "
                + project.display(project.templates()) + "/; Ctrl-C stops)");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The address and port it listens on: the loopback address, never a wildcard. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** How a build is made: {@link Build#run}, or a stand-in that crashes in the tests. */
    volatile java.util.function.Function<Build.Options, Build.Result> builder = Build::run;

    /** Builds into memory; on success swaps the snapshot and reloads pages, else shows the errors. */
    void rebuild(String reason) {
        // Counted before waiting for the lock, so the warm-up gives way to it (see warmUp).
        waitingRebuilds.incrementAndGet();
        synchronized (this) {
            waitingRebuilds.decrementAndGet();
            rebuildLocked(reason);
        }
    }

    private void rebuildLocked(String reason) {
        long started = System.nanoTime();
        Build.Result result;
        try {
            result = builder.apply(new Build.Options(project, baseUrl, drafts, false, true, cache,
                    folio.i18n.Translations.Policy.EDITING));
        } catch (RuntimeException | Error e) {
            // Whatever a build throws (a bug, a StackOverflowError, an OutOfMemoryError once the
            // build's garbage is gone), the preview keeps serving, reporting and watching.
            String text = "folio: internal error while building (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "). This is a bug in folio, not in your "
                    + "content: please report it with the file you changed. Save a file to try again.";
            err.println(text);
            err.println("folio: build failed (" + reason + "); still serving the last good build");
            liveReload.error(text);
            return;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (result.ok()) {
            snapshot = SiteSnapshot.of(result);
            out.println("folio: " + (reason.equals("start") ? "built" : "rebuilt") + " "
                    + result.pageCount() + " pages in " + millis
                    + " ms" + (reason.equals("start") ? "" : " (" + reason + ")"));
            liveReload.reload();
        } else {
            StringBuilder text = new StringBuilder();
            for (Diagnostic diagnostic : result.diagnostics()) {
                text.append(diagnostic).append('\n');
            }
            err.print(text);
            err.println("folio: build failed (" + reason + "); still serving the last good build");
            liveReload.error(text.toString().strip());
        }
    }

    /**
     * A fresh JVM runs the first rebuilds slowly while the JIT compiles the hot paths (measured
     * on the real site: 200 ms, then about 50 ms from the tenth build on). Quiet builds right
     * after start-up, results thrown away, make the editor's first saves as fast as the later
     * ones. They stop after two builds in a row under {@link #WARM_ENOUGH_MILLIS}, after
     * {@link #WARM_UP_ROUNDS}, or after {@link #WARM_UP_BUDGET_MILLIS} of building, so a large site
     * is not rebuilt for minutes. An edit always goes first: the warm-up waits while a rebuild is
     * waiting for the lock.
     */
    private void warmUp() {
        long spent = 0;
        int fastInARow = 0;
        try {
            for (int round = 0; round < WARM_UP_ROUNDS && spent < WARM_UP_BUDGET_MILLIS; round++) {
                while (waitingRebuilds.get() > 0) {
                    Thread.sleep(10);
                }
                long millis;
                synchronized (this) {
                    long started = System.nanoTime();
                    try {
                        builder.apply(new Build.Options(project, baseUrl, drafts, false, false, cache,
                                folio.i18n.Translations.Policy.EDITING));
                    } catch (RuntimeException | Error e) {
                        return; // the editor's own builds report it
                    }
                    millis = (System.nanoTime() - started) / 1_000_000;
                }
                spent += millis;
                fastInARow = millis < WARM_ENOUGH_MILLIS ? fastInARow + 1 : 0;
                if (fastInARow == 2 || Thread.currentThread().isInterrupted()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static final int WARM_UP_ROUNDS = 15;
    static final long WARM_UP_BUDGET_MILLIS = 5_000;
    /** A build this fast means the hot paths are compiled (the real site settles at 40–60 ms). */
    static final long WARM_ENOUGH_MILLIS = 45;

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "Only GET and HEAD are served.\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String rawPath = exchange.getRequestURI().getRawPath();
            if (rawPath.equals("/_folio/events")) {
                events(exchange);
                return;
            }
            if (rawPath.equals("/_folio/reload.js") || rawPath.equals("/_folio/overlay.css")) {
                resource(exchange, rawPath.substring("/_folio/".length()));
                return;
            }
            Optional<String> path = RequestPath.resolve(rawPath);
            if (path.isEmpty()) {
                send(exchange, 403, "text/plain; charset=utf-8", "Forbidden: path outside the site.\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            SiteSnapshot current = snapshot;
            byte[] body = load(current, path.get());
            if (body == null && !path.get().endsWith(".html") && !path.get().contains(".")) {
                body = load(current, path.get() + "/index.html");
                if (body != null) {
                    exchange.getResponseHeaders().set("Location", rawPath + "/");
                    send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                    return;
                }
            }
            if (body == null) {
                byte[] notFound = load(current, "404.html");
                send(exchange, 404, "text/html; charset=utf-8",
                        notFound == null ? "<!DOCTYPE html><title>Not found</title><p>Not found</p>".getBytes(StandardCharsets.UTF_8)
                                : inject(notFound));
                return;
            }
            String type = ContentTypes.of(path.get());
            send(exchange, 200, type, type.startsWith("text/html") ? inject(body) : body);
        }
    }

    private static byte[] load(SiteSnapshot current, String path) throws IOException {
        byte[] generated = current.generated().get(path);
        if (generated != null) {
            return generated;
        }
        Path copy = current.copies().get(path);
        return copy == null || !Files.isRegularFile(copy) ? null : Files.readAllBytes(copy);
    }

    private static byte[] inject(byte[] html) {
        String text = new String(html, StandardCharsets.UTF_8);
        int head = text.indexOf("</head>");
        String injected = head < 0 ? HEAD_INJECTION + text : text.substring(0, head) + HEAD_INJECTION + text.substring(head);
        return injected.getBytes(StandardCharsets.UTF_8);
    }

    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream body = exchange.getResponseBody();
        liveReload.connect(body);
        // Hold the exchange open: the stream is closed when the page goes away or the server stops.
        try {
            while (!requests.isShutdown()) {
                Thread.sleep(1000);
                if (!isConnected(body)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean isConnected(OutputStream body) {
        try {
            body.flush();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void resource(HttpExchange exchange, String name) throws IOException {
        try (InputStream in = PreviewServer.class.getResourceAsStream("/folio/serve/" + name)) {
            byte[] bytes = in == null ? new byte[0] : in.readAllBytes();
            send(exchange, in == null ? 404 : 200, ContentTypes.of(name), bytes);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        warmUpThread.interrupt();
        if (watcher != null) {
            watcher.close();
        }
        pings.shutdownNow();
        liveReload.closeAll();
        server.stop(0);
        requests.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
