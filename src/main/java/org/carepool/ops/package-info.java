/**
 * Operations: what an operator watches carepool with. {@link org.carepool.ops.Metrics} is the one
 * Micrometer registry (Prometheus text at {@code /metrics}; features record into it through the
 * {@code MeterRegistry} they are given); {@link org.carepool.ops.Readiness} answers whether the parts a
 * request or a fire needs are working ({@code /health/ready}), each check bounded in time.
 */
package org.carepool.ops;
