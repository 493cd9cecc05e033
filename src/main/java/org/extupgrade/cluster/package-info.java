/**
 * PostgreSQL installations (embedded binaries from Maven artifacts, or a local bindir) and
 * throwaway clusters that run them without touching any system installation.
 */
@NullMarked
package org.extupgrade.cluster;

import org.jspecify.annotations.NullMarked;
