/**
 * How Reckon's JVM is started: which collector, compiler tiers, AOT cache and JIT a command gets,
 * decided from what the site's caches say the build will face ({@link SiteFacts}, {@link LaunchPolicy})
 * and turned into JVM options for this installation ({@link Installation}). The launcher script
 * only reads the options file Java wrote: at the end of each build for the next one
 * ({@link LaunchHint}), or, when there is none yet, by a small planning JVM ({@link Plan}).
 * Depends on nothing else in Reckon but the site package's cache-folder names.
 */
package dev.reckon.launch;
