/**
 * The project's git history, read with JGit: release tags, the text each tag holds, and a tag's
 * tree written out for a build.
 */
@NullMarked
package org.extupgrade.git;

import org.jspecify.annotations.NullMarked;
