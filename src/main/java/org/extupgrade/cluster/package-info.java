/**
 * PostgreSQL installations (embedded binaries from Maven artifacts, or a local bindir) and
 * throwaway clusters that run them without touching any system installation.
 *
 * <p>Environment: {@code EXTUPGRADE_CACHE} (where binaries are unpacked, default {@code
 * $XDG_CACHE_HOME/extupgrade} or {@code ~/.cache/extupgrade}), {@code EXTUPGRADE_OFFLINE=1} (never
 * download), {@code EXTUPGRADE_TMPFS=0} (keep data directories off /dev/shm), the Maven settings
 * ({@code ~/.m2/settings.xml}, system properties {@code maven.settings} and {@code
 * maven.repo.local}) and {@code java.io.tmpdir}.
 */
@NullMarked
package org.extupgrade.cluster;

import org.jspecify.annotations.NullMarked;
