package org.carepool.finance;

import org.carepool.error.Refused;

/**
 * The figures cannot be worked out from the data held (for example, an arrangement with no
 * contributions for the year). A client error: the API answers it with a 4xx and the message.
 */
public class FinanceException extends Refused {

  public FinanceException(String message) {
    super(message);
  }
}
