/**
 * Where a build's files go and what it keeps of them for the next build: the output folder
 * (staged and swapped in whole, or for {@code serve} written file by file), the blobs published
 * files are linked from, the build stamp that skips an unchanged build, the cache of rendered
 * pages and the in-memory memos of a live builder.
 */
package dev.reckon.output;
