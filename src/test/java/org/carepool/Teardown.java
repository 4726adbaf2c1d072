package org.carepool;

/**
 * Closes what a test class started, in the order given (the browser before the server it was
 * looking at), skipping what was never started. Every one is closed even when an earlier close fails;
 * the first failure is then thrown, with any later ones added to it.
 */
final class Teardown {
  private Teardown() {
  }

  static void inOrder(AutoCloseable... started) throws Exception {
    Exception first = null;
    for (AutoCloseable resource : started) {
      if (resource == null) {
        continue;
      }
      try {
        resource.close();
      } catch (Exception e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
