/**
 * Drafted upgrade SQL: the statements that close the differences between an upgraded and a fresh
 * install, in the order they must run, with what cannot be written safely kept as commented TODOs.
 */
@NullMarked
package org.extupgrade.draft;

import org.jspecify.annotations.NullMarked;
