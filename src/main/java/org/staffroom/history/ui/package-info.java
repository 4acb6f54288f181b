/** The history dialog every feature's grid opens for a row; features say how their fields read. */
@NamedInterface("ui")
package org.staffroom.history.ui;

import org.springframework.modulith.NamedInterface;
