/**
 * File-system primitives the caches and the output share: writing a file so readers see all of it
 * or none, keeping a cache folder under a size bound, the checksummed content-addressed
 * {@link dev.reckon.files.DiskCache}, the one SHA-256 helper, a lock the operating system frees
 * when its process dies, and swapping two folders in one step. Depends on nothing else in Reckon.
 */
package dev.reckon.files;
