package org.carepool.schedule;

/** An archived file of a run, ready to download: the pack PDF or its XLSX workbook. */
public record PackFile(String name, String contentType, byte[] content) {}
