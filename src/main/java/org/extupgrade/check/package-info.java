/**
 * The static check: applies the update scripts on PostgreSQL's path to the old version's model and
 * compares the result with the new version's full install, without a database.
 */
@NullMarked
package org.extupgrade.check;

import org.jspecify.annotations.NullMarked;
