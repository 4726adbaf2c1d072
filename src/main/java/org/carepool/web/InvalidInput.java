package org.carepool.web;

/** A form or query value the web layer refuses: answered 400 with the message, which names the field. */
final class InvalidInput extends RuntimeException {
  InvalidInput(String message) {
    super(message);
  }
}
