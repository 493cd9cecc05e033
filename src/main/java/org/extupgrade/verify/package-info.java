/**
 * Live scenarios on a real server: a fresh install of the target version against every old version
 * upgraded along each of its paths, compared catalog by catalog.
 */
@NullMarked
package org.extupgrade.verify;

import org.jspecify.annotations.NullMarked;
