package app.neo4jlocal;

import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded with only the Bolt connector, bound to 127.0.0.1.
 *
 * <p>Usage: {@code Neo4jLocal [--port 7687] [--data .data/neo4j] [--page-cache-mb 512]
 * [--exit-on-stdin-close]}. Prints exactly one line {@code ready bolt://127.0.0.1:PORT} on stdout
 * once Bolt accepts connections; errors go to stderr as one {@code error: ...} line. With
 * {@code --exit-on-stdin-close} it shuts down when its parent closes the pipe, so a parent that
 * dies without cleaning up never leaves a database process behind.
 */
public final class Neo4jLocal {
  private static final int EXIT_PORT_IN_USE = 3;
  private static final int EXIT_FAILED = 1;
  private static final int EXIT_USAGE = 2;

  private Neo4jLocal() {}

  public static void main(String[] args) throws InterruptedException {
    int port = 7687;
    Path data = Path.of(".data", "neo4j");
    long pageCacheMb = 512;
    boolean exitOnStdinClose = false;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--port" -> port = Integer.parseInt(args[++i]);
          case "--data" -> data = Path.of(args[++i]);
          case "--page-cache-mb" -> pageCacheMb = Long.parseLong(args[++i]);
          case "--exit-on-stdin-close" -> exitOnStdinClose = true;
          default -> throw new IllegalArgumentException("unknown argument " + args[i]);
        }
      }
    } catch (RuntimeException e) {
      System.err.println("error: " + e.getMessage() + " (usage: --port N --data DIR --page-cache-mb N --exit-on-stdin-close)");
      System.exit(EXIT_USAGE);
    }

    if (isListening(port)) {
      System.err.println("error: port " + port + " on 127.0.0.1 is already in use");
      System.exit(EXIT_PORT_IN_USE);
    }

    DatabaseManagementService dbms;
    try {
      Files.createDirectories(data);
      dbms = new DatabaseManagementServiceBuilder(data.toAbsolutePath())
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
          .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
          // Bolt waits 5 s twice for idle pools at shutdown by default; a local database has no
          // clients left by then, and a fast stop keeps test runs and Ctrl-C snappy.
          .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(200))
          .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(200))
          // Bound to loopback only; the process is a developer's and CI's database, not a server.
          .setConfig(GraphDatabaseSettings.auth_enabled, false)
          .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
          .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
          .build();
    } catch (Throwable e) {
      reportStartFailure(e, port);
      return;
    }

    CountDownLatch stopped = new CountDownLatch(1);
    DatabaseManagementService service = dbms;
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      service.shutdown();
      stopped.countDown();
    }, "neo4j-local-shutdown"));

    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    if (!db.isAvailable(120_000) || !waitForBolt(port, 60_000)) {
      System.err.println("error: Neo4j did not become available on 127.0.0.1:" + port);
      System.exit(EXIT_FAILED);
    }
    System.out.println("ready bolt://127.0.0.1:" + port);
    System.out.flush();

    if (exitOnStdinClose) {
      Thread watcher = new Thread(() -> {
        drain(System.in);
        System.exit(0);
      }, "neo4j-local-stdin");
      watcher.setDaemon(true);
      watcher.start();
    }
    stopped.await();
  }

  private static void reportStartFailure(Throwable e, int port) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof BindException) {
        System.err.println("error: port " + port + " on 127.0.0.1 is already in use");
        System.exit(EXIT_PORT_IN_USE);
      }
    }
    System.err.println("error: Neo4j failed to start: " + e);
    System.exit(EXIT_FAILED);
  }

  private static void drain(InputStream in) {
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) >= 0) {
        // Keep reading: only end-of-stream (the parent is gone) matters.
      }
    } catch (IOException ignored) {
      // A broken pipe means the same as end-of-stream here.
    }
  }

  private static boolean isListening(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean waitForBolt(int port, long timeoutMs) throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMs;
    while (System.currentTimeMillis() < deadline) {
      if (isListening(port)) {
        return true;
      }
      Thread.sleep(50);
    }
    return false;
  }
}
