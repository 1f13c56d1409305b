package tradegraph.neo4j;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Starts Neo4j Community embedded with Bolt on 127.0.0.1 and prints one ready line, so that tests
 * and `npm run neo4j:start` get a real server without Docker.
 *
 * Usage: java -cp target/neo4j-launcher.jar:target/lib/* tradegraph.neo4j.Launcher
 *          [--port 7687] [--home .neo4j/home] [--host 127.0.0.1] [--pagecache 96m]
 *          [--tx-timeout 120s] [--tx-memory 128m] [--tx-memory-total 256m]
 * Environment: NEO4J_LAUNCHER_PORT, NEO4J_LAUNCHER_HOME, NEO4J_LAUNCHER_PASSWORD (when set, auth is
 * on and the user neo4j gets this password, 8+ characters), NEO4J_LAUNCHER_PAGECACHE,
 * NEO4J_LAUNCHER_TX_TIMEOUT, NEO4J_LAUNCHER_TX_MEMORY, NEO4J_LAUNCHER_TX_MEMORY_TOTAL.
 * Flags win over the environment.
 *
 * Every transaction is bounded on the server, whoever sends it: db.transaction.timeout (a client may
 * ask for less, never more), db.memory.transaction.max (one transaction's tracked heap) and
 * dbms.memory.transaction.total.max (all transactions together), so that one runaway query fails
 * with a memory error instead of taking the heap. File URLs are off: LOAD CSV cannot read the disk.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = parseArgs(args);
    String host = option(options, "host", "NEO4J_LAUNCHER_HOST", "127.0.0.1");
    int port = Integer.parseInt(option(options, "port", "NEO4J_LAUNCHER_PORT", "7687"));
    Path home = Path.of(option(options, "home", "NEO4J_LAUNCHER_HOME", ".neo4j/home")).toAbsolutePath();
    String password = option(options, "password", "NEO4J_LAUNCHER_PASSWORD", "");
    String pageCache = option(options, "pagecache", "NEO4J_LAUNCHER_PAGECACHE", "96m");
    Duration txTimeout = parseDuration(option(options, "tx-timeout", "NEO4J_LAUNCHER_TX_TIMEOUT", "120s"));
    long txMemory = ByteUnit.parse(option(options, "tx-memory", "NEO4J_LAUNCHER_TX_MEMORY", "128m"));
    long txMemoryTotal = ByteUnit.parse(option(options, "tx-memory-total", "NEO4J_LAUNCHER_TX_MEMORY_TOTAL", "256m"));

    if (!password.isEmpty() && password.length() < 8) {
      System.err.println("NEO4J_FAILED password must have at least 8 characters; found " + password.length());
      System.exit(2);
    }

    DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, !password.isEmpty())
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        .setConfig(GraphDatabaseSettings.transaction_timeout, txTimeout)
        .setConfig(GraphDatabaseSettings.memory_tracking, true)
        .setConfig(GraphDatabaseSettings.memory_transaction_max_size, txMemory)
        .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, txMemoryTotal)
        .setConfig(GraphDatabaseSettings.allow_file_urls, false)
        // Bolt waits 5 s twice on shutdown by default; tests stop servers often.
        .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
        .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      service.shutdown();
      System.out.println("NEO4J_STOPPED");
      System.out.flush();
      stopped.countDown();
    }, "neo4j-shutdown"));

    GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    if (!password.isEmpty()) {
      setPassword(service, password);
    }
    // Touch the database so that "ready" means a query can run, not only that the socket listens.
    db.executeTransactionally("RETURN 1");

    System.out.println("NEO4J_READY bolt://" + host + ":" + port);
    System.out.flush();
    stopped.await();
  }

  /** The initial password is set through the system database, as neo4j-admin would do it. */
  private static void setPassword(DatabaseManagementService service, String password) {
    GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    system.executeTransactionally(
        "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
        Map.of("password", password));
  }

  /** "120s", "500ms", "2m" or plain seconds. */
  private static Duration parseDuration(String text) {
    String t = text.trim().toLowerCase();
    try {
      if (t.endsWith("ms")) return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
      if (t.endsWith("s")) return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
      if (t.endsWith("m")) return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
      return Duration.ofSeconds(Long.parseLong(t));
    } catch (NumberFormatException e) {
      System.err.println("NEO4J_FAILED expected a duration such as 120s or 500ms; found \"" + text + "\"");
      System.exit(2);
      return Duration.ZERO;
    }
  }

  private static Map<String, String> parseArgs(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--") || i + 1 >= args.length) {
        System.err.println("NEO4J_FAILED expected --name value pairs; found \"" + arg + "\"");
        System.exit(2);
      }
      options.put(arg.substring(2), args[++i]);
    }
    return options;
  }

  private static String option(Map<String, String> options, String name, String envName, String fallback) {
    String fromArgs = options.get(name);
    if (fromArgs != null) return fromArgs;
    String fromEnv = System.getenv(envName);
    return fromEnv == null || fromEnv.isEmpty() ? fallback : fromEnv;
  }
}
