/**
 * Plain immutable values shared by every stage: locations, object identities, findings. Imports
 * nothing of ours.
 */
@NullMarked
package org.extupgrade.model;

import org.jspecify.annotations.NullMarked;
