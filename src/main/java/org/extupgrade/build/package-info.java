/**
 * Scripts a project's build makes (PGXS {@code DATA_built}, install scripts assembled by {@code
 * make}, or a command the user names), built the way the project builds them in a scratch copy of
 * its source tree, never in the user's checkout.
 */
@NullMarked
package org.extupgrade.build;

import org.jspecify.annotations.NullMarked;
