package folio.serve;

import com.sun.net.httpserver.HttpServer;
import folio.Build;
import folio.project.Project;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code folio serve}: builds the site in memory, serves it on 127.0.0.1 only, watches content/
 * and templates/, rebuilds on a change and tells open pages to reload (or shows the build
 * errors over the page). The last good build keeps being served while the input is broken.
 */
public final class PreviewServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService requests = Executors.newCachedThreadPool(daemon("folio-http"));
    private final ScheduledExecutorService pings = Executors.newSingleThreadScheduledExecutor(daemon("folio-ping"));
    private final LiveReload liveReload = new LiveReload();
    private final String baseUrl;
    private final Rebuilder rebuilder;
    private volatile SiteSnapshot snapshot = SiteSnapshot.empty();
    private ChangeWatcher watcher;
    private final Thread warmUpThread;

    private PreviewServer(Project project, boolean drafts, int port, PrintStream out, PrintStream err) throws IOException {
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        this.baseUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        this.rebuilder = new Rebuilder(project, baseUrl, drafts, out, err, liveReload, options -> builder.apply(options),
                next -> snapshot = next);
        this.warmUpThread = daemon("folio-warm-up").newThread(rebuilder::warmUp);
        SiteRequests site = new SiteRequests(() -> snapshot, liveReload, requests::isShutdown);
        server.setExecutor(requests);
        server.createContext("/", site::handle);
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
        rebuilder.rebuild(reason);
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
