/**
 * PostgreSQL installations (embedded binaries from Maven artifacts, or a local bindir) and
 * throwaway clusters that run them without touching any system installation.
 *
 * <p>Environment: {@code EXTUPGRADE_CACHE} (where binaries are unpacked, default {@code
 * $XDG_CACHE_HOME/extupgrade} or {@code ~/.cache/extupgrade}), {@code EXTUPGRADE_OFFLINE=1} (never
 * download), {@code EXTUPGRADE_TMPFS=0} (keep data directories off /dev/shm), the Maven settings
 * ({@code ~/.m2/settings.xml}, system properties {@code maven.settings} and {@code
 * maven.repo.local}) and {@code java.io.tmpdir}.
 *
 * <p>Security (docs/security.md): a server trusts nothing (scram-sha-256 with a random password of
 * the run); scratch space lives in a private per-user folder {@code extupgrade-user-<uid>} of the
 * temporary folder and /dev/shm; runs hold a lock on their folders, and dead runs' folders are
 * reaped without following links, with the processes and shared memory they left.
 */
@NullMarked
package org.extupgrade.cluster;

import org.jspecify.annotations.NullMarked;
