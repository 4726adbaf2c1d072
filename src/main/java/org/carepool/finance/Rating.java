package org.carepool.finance;

/** Financial RAG of a scheme or the pool (SPEC §4.6). */
public enum Rating {
  GREEN, AMBER, RED
}
