/**
 * Stub mode: rewrites a script's C functions into do-nothing stubs so its SQL installs without the
 * compiled library.
 */
@NullMarked
package org.extupgrade.stub;

import org.jspecify.annotations.NullMarked;
