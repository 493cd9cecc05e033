/**
 * Reads everything an extension owns from a live server's catalogs into a normalized snapshot (no
 * OIDs, names not numbers, stable order) and diffs two snapshots into findings.
 */
@NullMarked
package org.extupgrade.catalog;

import org.jspecify.annotations.NullMarked;
