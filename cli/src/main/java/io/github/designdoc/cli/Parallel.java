package io.github.designdoc.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Work on many files at once, results in the order of the files. */
final class Parallel {
  private Parallel() {}

  /**
   * Applies {@code work} to each item on up to one thread per processor and returns the results in
   * the items' order. An exception or error of any item is rethrown as it was.
   */
  static <T, R> List<R> map(List<T> items, Function<T, R> work) {
    int threads = Math.min(items.size(), Runtime.getRuntime().availableProcessors());
    if (threads <= 1) {
      List<R> out = new ArrayList<>(items.size());
      for (T item : items) {
        out.add(work.apply(item));
      }
      return out;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "designdoc-worker");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<R>> futures = new ArrayList<>(items.size());
      for (T item : items) {
        futures.add(pool.submit(() -> work.apply(item)));
      }
      List<R> out = new ArrayList<>(items.size());
      for (Future<R> future : futures) {
        out.add(future.get());
      }
      return out;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw CliException.input("interrupted");
    } finally {
      pool.shutdownNow();
    }
  }
}
