package io.github.designdoc.benchmarks;

import java.util.List;
import java.util.Random;

/**
 * Random but reproducible prose for generated documents: words, names and sentences with the inline
 * Markdown that real design docs carry ({@code `code`}, {@code **bold**}, {@code _emphasis_}, links).
 *
 * <p>Uses {@link Random}, whose sequence is fixed by its specification, so a seed gives the same text on
 * every JVM.
 */
final class Prose {
  private static final List<String> WORDS = List.of(
      "request", "session", "token", "cache", "queue", "worker", "schema", "payload", "gateway", "tenant",
      "index", "shard", "replica", "snapshot", "migration", "rollout", "flag", "quota", "limit", "retry",
      "backoff", "timeout", "latency", "throughput", "budget", "audit", "policy", "role", "scope", "claim",
      "callback", "webhook", "listener", "subscription", "cursor", "offset", "checkpoint", "lease", "lock",
      "partition", "namespace", "cluster", "node", "controller", "reconciler", "operator", "manifest",
      "template", "revision", "version", "channel", "stream", "event", "message", "batch", "window",
      "metric", "trace", "span", "log", "alert", "dashboard", "probe", "endpoint", "route", "handler",
      "parser", "encoder", "decoder", "validator", "signature", "secret", "credential", "vault", "key",
      "rotation", "expiry", "refresh", "handshake", "heartbeat", "resume", "replay", "dedupe", "fan-out",
      "backpressure", "consumer", "producer", "storage", "bucket", "object", "record", "field", "column",
      "table", "row", "query", "plan", "executor", "scheduler", "priority", "fairness", "tier", "region",
      "zone", "failover", "leader", "follower", "quorum", "commit", "compaction", "tombstone", "garbage",
      "collector", "allocation", "buffer", "pool", "connection", "client", "server", "proxy", "sidecar",
      "plugin", "extension", "adapter", "bridge", "naïve", "façade", "Zürich", "→");
  private static final List<String> VERBS = List.of(
      "validates", "stores", "forwards", "rejects", "caches", "emits", "reads", "writes", "signs", "checks",
      "batches", "retries", "compacts", "schedules", "records", "resolves", "publishes", "drops", "merges",
      "splits", "renews", "expires", "throttles", "routes", "encodes");
  private static final List<String> NOUNS = List.of(
      "Gateway", "Scheduler", "Indexer", "Dispatcher", "Registry", "Broker", "Controller", "Reconciler",
      "Collector", "Exporter", "Importer", "Resolver", "Planner", "Compactor", "Notifier", "Auditor",
      "Verifier", "Signer", "Router", "Store", "Cache", "Listener", "Supervisor", "Proxy", "Agent");
  private static final List<String> ADJECTIVES = List.of(
      "Session", "Token", "Event", "Snapshot", "Tenant", "Quota", "Policy", "Webhook", "Migration",
      "Manifest", "Secret", "Metrics", "Trace", "Replica", "Shard", "Billing", "Search", "Upload", "Export",
      "Identity");
  private static final List<String> TECHNOLOGIES = List.of(
      "Java", "Go", "Rust", "TypeScript", "Python", "Kotlin", "PostgreSQL", "Redis", "Kafka", "gRPC");
  private static final List<String> TEAMS = List.of(
      "Platform", "Identity", "Storage", "Networking", "Payments", "Search", "Observability", "Runtime",
      "Security", "Data");
  private static final List<String> PEOPLE = List.of(
      "Ada Lovelace", "Grace Hopper", "Alan Turing", "Barbara Liskov", "Edsger Dijkstra", "Frances Allen",
      "Donald Knuth", "Margaret Hamilton", "Tony Hoare", "Radia Perlman");
  private static final List<String> TYPES = List.of(
      "string", "int", "int64", "boolean", "timestamp", "uuid", "string[]", "object", "enum", "duration");

  private static final List<String> IDENTIFIER_WORDS =
      WORDS.stream().filter(word -> word.matches("[a-z]+")).collect(java.util.stream.Collectors.toUnmodifiableList());

  private final Random random;

  Prose(long seed) {
    this.random = new Random(seed);
  }

  /** A number in {@code [low, high]}. */
  int between(int low, int high) {
    return low + random.nextInt(high - low + 1);
  }

  /** True with the given probability. */
  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  String word() {
    return pick(WORDS);
  }

  /** A lower-case identifier such as {@code retry_budget}. */
  String identifier() {
    return pick(IDENTIFIER_WORDS) + "_" + pick(IDENTIFIER_WORDS);
  }

  /** A component or model name such as {@code Session Dispatcher 12}. */
  String name(int index) {
    return pick(ADJECTIVES) + " " + pick(NOUNS) + " " + index;
  }

  String technology() {
    return pick(TECHNOLOGIES);
  }

  String team() {
    return pick(TEAMS);
  }

  String person() {
    return pick(PEOPLE);
  }

  String type() {
    return pick(TYPES);
  }

  String verb() {
    return pick(VERBS);
  }

  /** A sentence of 6 to 18 words with some inline Markdown, ending in a full stop. */
  String sentence() {
    int length = between(6, 18);
    StringBuilder out = new StringBuilder(length * 9);
    for (int i = 0; i < length; i++) {
      if (i > 0) {
        out.append(' ');
      }
      String word = i == 2 ? verb() : word();
      double markup = random.nextDouble();
      if (i == 0) {
        out.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
      } else if (markup < 0.05) {
        out.append('`').append(identifier()).append('`');
      } else if (markup < 0.07) {
        out.append("**").append(word).append("**");
      } else if (markup < 0.08) {
        out.append('_').append(word).append('_');
      } else if (markup < 0.09) {
        out.append('[').append(word).append("](https://example.com/docs/").append(identifier()).append(')');
      } else {
        out.append(word);
      }
    }
    return out.append('.').toString();
  }

  /** A paragraph of 2 to 5 sentences on one line each, as authors often write them. */
  String paragraph() {
    int sentences = between(2, 5);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      if (i > 0) {
        out.append(chance(0.3) ? "\n" : " ");
      }
      out.append(sentence());
    }
    return out.toString();
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
