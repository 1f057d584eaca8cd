/**
 * File-system primitives the caches and the output share: writing a file so readers see all of it
 * or none, and keeping a cache folder under a size bound. Depends on nothing else in Reckon.
 */
package dev.reckon.files;
