/**
 * Operations: what an operator watches carepool with. {@link org.carepool.ops.Metrics} is the one
 * Micrometer registry (Prometheus text at {@code /metrics}; features record into it through the
 * {@code MeterRegistry} they are given); {@link org.carepool.ops.Readiness} answers whether the parts a
 * request or a fire needs are working ({@code /health/ready}), each check bounded in time.
 * {@link org.carepool.ops.Operations} is what the web serves of them (and backups), implemented by
 * {@link org.carepool.ops.ServerOperations}.
 *
 * <p>Must not import: {@code org.carepool.web}, {@code org.carepool.ingest}, {@code org.carepool.report}, {@code io.javalin}.
 */
package org.carepool.ops;
