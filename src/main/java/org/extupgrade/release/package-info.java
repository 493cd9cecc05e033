/**
 * What a release fixes for good: the text of the scripts it shipped, the archived baselines, and
 * the checklist of cutting one ({@code release-check}).
 */
@NullMarked
package org.extupgrade.release;

import org.jspecify.annotations.NullMarked;
