/**
 * The live draft: the old version (plus the update script of the edge) and the new one installed on
 * a throwaway PostgreSQL, both read with the catalog reader verify uses, and each difference
 * written as SQL from the server's own definitions of the fresh install.
 */
@NullMarked
package org.extupgrade.draft.live;

import org.jspecify.annotations.NullMarked;
