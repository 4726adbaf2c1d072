package org.carepool.ingest;

/** A file as uploaded from the web page: its name (which says what it holds) and its bytes. */
public record UploadedFile(String name, byte[] content) {
}
