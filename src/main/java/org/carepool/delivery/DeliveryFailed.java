package org.carepool.delivery;

/** Mail that could not be delivered, after {@code attempts} tries. */
public final class DeliveryFailed extends RuntimeException {
  private final int attempts;

  public DeliveryFailed(int attempts, String message) {
    super(message);
    this.attempts = attempts;
  }

  public int attempts() {
    return attempts;
  }
}
