package org.carepool.report;

/** A report file ready to download, attach or archive. */
public record RenderedReport(String fileName, String contentType, byte[] content) {}
